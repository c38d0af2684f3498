// Submits the sign-out confirmation an app asked for, as Logto's end-session page does, so the
// browser goes straight back to the app. The form is CSRF-protected and works without this.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-auto-submit]");
  if (form) {
    form.submit();
  }
});
