# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_doorman_global_optspecs
    string join \n db= config= o/output= y/yes q/quiet v/verbose h/help V/version
end

function __fish_doorman_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_doorman_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_doorman_using_subcommand
    set -l cmd (__fish_doorman_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c doorman -n "__fish_doorman_needs_command" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_needs_command" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_needs_command" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_needs_command" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_needs_command" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_needs_command" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "init" -d 'Create the database with default settings'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "user" -d 'Manage users'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "org" -d 'Manage organizations, members, organization roles and scopes'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "invite" -d 'Manage organization invitations'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "app" -d 'Manage OIDC client applications'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "resource" -d 'Manage API resources and their permissions'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "connector" -d 'Manage social and enterprise SSO connectors (upstream OIDC / OAuth 2.0 providers)'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "role" -d 'Manage roles: sets of API resource permissions for users and M2M apps'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "keys" -d 'List and rotate token signing keys'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "settings" -d 'Show and change the sign-in experience settings'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "seed" -d 'Upsert everything fixture files name (idempotent)'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "export" -d 'Print the whole database as a fixture file (or in Logto\'s shapes)'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "push" -d 'Copy users, organizations, roles and scopes into a Logto-compatible Management API'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "pull" -d 'Copy a Logto tenant\'s users, organizations, roles and scopes into this database'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "outbox" -d 'Show the emails and SMS doorman would have sent'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "audit" -d 'Show sign-in, sign-out and admin events'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "token" -d 'Mint tokens for a user and app without a browser'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "serve" -d 'Run the OpenID Connect provider'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c doorman -n "__fish_doorman_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand init" -l issuer -d 'The issuer URL the server will call itself [default: http://localhost:3001/oidc]' -r
complete -c doorman -n "__fish_doorman_using_subcommand init" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand init" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand init" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand init" -l force -d 'Delete an existing database and start again'
complete -c doorman -n "__fish_doorman_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand init" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand init" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand init" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "create" -d 'Create a user (asks for missing values on a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "list" -d 'List users in creation order'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "show" -d 'Show one user'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "update" -d 'Change a user\'s profile or password'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "set-password" -d 'Set a user\'s password (asks on a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "suspend" -d 'Stop a user from signing in'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "unsuspend" -d 'Let a suspended user sign in again'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "delete" -d 'Delete a user and everything that belongs to them'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "role" -d 'List, assign and take away a user\'s roles (USER is an id, email, username or phone)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "mfa" -d 'A user\'s second factors: authenticator apps and backup codes'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "token" -d 'A user\'s personal access tokens, which scripts exchange for access tokens'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "identities" -d 'List a user\'s linked social and enterprise identities'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "unlink" -d 'Unlink a user\'s identity at a connector'
complete -c doorman -n "__fish_doorman_using_subcommand user; and not __fish_seen_subcommand_from create list show update set-password suspend unsuspend delete role mfa token identities unlink help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l username -d 'Username: letters, digits and _, not starting with a digit' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l email -d 'Email address' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l phone -d 'Phone number in E.164 form (+14155550100)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l name -d 'Display name' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l avatar-url -d 'Picture URL' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l email-verified -d 'Mark the email verified (or --email-verified=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l phone-verified -d 'Mark the phone verified (or --phone-verified=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l custom -d 'Set a custom data key to a JSON value, e.g. --custom plan=\'"pro"\' (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l test-user -d 'Mark a test user, whom `serve --test-controls` signs in by login_hint without a page (or --test-user=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l password -d 'The password (visible to other local users; prefer --password-stdin)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l password-hash -d 'Import an argon2 PHC string or bcrypt hash as it is' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l no-test-user -d 'No longer a test user (the same as --test-user=false)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -l search -d 'Only users whose username, email, phone or name contains TEXT' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -l org -d 'Only members of this organization (id or name)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most N users' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N users' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -l suspended -d 'Only suspended users'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l username -d 'Username: letters, digits and _, not starting with a digit' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l email -d 'Email address' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l phone -d 'Phone number in E.164 form (+14155550100)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l name -d 'Display name' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l avatar-url -d 'Picture URL' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l email-verified -d 'Mark the email verified (or --email-verified=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l phone-verified -d 'Mark the phone verified (or --phone-verified=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l custom -d 'Set a custom data key to a JSON value, e.g. --custom plan=\'"pro"\' (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l test-user -d 'Mark a test user, whom `serve --test-controls` signs in by login_hint without a page (or --test-user=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l password -d 'The password (visible to other local users; prefer --password-stdin)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l password-hash -d 'Import an argon2 PHC string or bcrypt hash as it is' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l unset -d 'Clear a field (repeatable)' -r -f -a "username\t'The username'
email\t'The email (also clears email_verified)'
phone\t'The phone (also clears phone_verified)'
name\t'The display name'
avatar-url\t'The avatar URL'
custom-data\t'All custom data'
password\t'The password: the user can then only sign in another way'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l claim -d 'Add a custom claim to the user\'s tokens, NAME=JSON (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l unset-claim -d 'Remove a custom claim (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l no-test-user -d 'No longer a test user (the same as --test-user=false)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from set-password" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unsuspend" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the roles held'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -f -a "add" -d 'Assign roles'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -f -a "remove" -d 'Take a role away'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -f -a "list" -d 'List a user\'s enrolled factors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -f -a "add-totp" -d 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -f -a "backup-codes" -d 'Make 10 single-use backup codes (replacing any older set); prints them once'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -f -a "remove" -d 'Remove a factor'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from mfa" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "create" -d 'Make a personal access token; prints it once'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "list" -d 'List a user\'s tokens (never the tokens themselves)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a user\'s token by name'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from identities" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user (asks for missing values on a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users in creation order'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s profile or password'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-password" -d 'Set a user\'s password (asks on a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Stop a user from signing in'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unsuspend" -d 'Let a suspended user sign in again'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user and everything that belongs to them'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "role" -d 'List, assign and take away a user\'s roles (USER is an id, email, username or phone)'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "mfa" -d 'A user\'s second factors: authenticator apps and backup codes'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "token" -d 'A user\'s personal access tokens, which scripts exchange for access tokens'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "identities" -d 'List a user\'s linked social and enterprise identities'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Unlink a user\'s identity at a connector'
complete -c doorman -n "__fish_doorman_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "create" -d 'Create an organization'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "list" -d 'List organizations'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "show" -d 'Show an organization with its member count, roles in use and pending invitations'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "update" -d 'Rename or re-describe an organization'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "delete" -d 'Delete an organization with its memberships and invitations'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "member" -d 'Manage members'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "role" -d 'Manage organization roles (shared by all organizations)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "scope" -d 'Manage organization scopes (shared by all organizations)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and not __fish_seen_subcommand_from create list show update delete member role scope help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -l description -d 'Free text' -r
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -l description -d 'New description ("" clears it)' -r
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -l mfa-required -d 'Whether members need a second factor (see mfa.organization_required_mfa_policy)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "list" -d 'List members in joining order'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add users or machine-to-machine apps, optionally with roles'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member and their roles'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "grant" -d 'Grant a role to a member'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "revoke" -d 'Take a role from a member'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a role holding scopes'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles with their scopes'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role, taking it from every member and invitation'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -f -a "create" -d 'Create a scope'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -f -a "list" -d 'List scopes'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -f -a "delete" -d 'Delete a scope, removing it from every role'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from scope" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an organization'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List organizations'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an organization with its member count, roles in use and pending invitations'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename or re-describe an organization'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an organization with its memberships and invitations'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "member" -d 'Manage members'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "role" -d 'Manage organization roles (shared by all organizations)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "scope" -d 'Manage organization scopes (shared by all organizations)'
complete -c doorman -n "__fish_doorman_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -f -a "create" -d 'Invite an email to an organization; prints the invitation and its accept link'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -f -a "list" -d 'List invitations, newest first'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -f -a "show" -d 'Show one invitation'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -f -a "revoke" -d 'Withdraw a pending invitation'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and not __fish_seen_subcommand_from create list show revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -l org -d 'Organization id or name' -r
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -l email -d 'The invitee\'s email' -r
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -l role -d 'Role granted on acceptance (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -l expires-in -d 'How long it stays acceptable, such as 7d or 12h [default: 7d]' -r
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -l inviter -d 'Who invites (id, email, username or phone)' -r
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -l org -d 'Only this organization (id or name)' -r
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -l status -d 'Only this status' -r -f -a "pending\t'Waiting for the invitee'
accepted\t'The invitee joined'
revoked\t'An admin withdrew it'
expired\t'It was not accepted in time'"
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "create" -d 'Invite an email to an organization; prints the invitation and its accept link'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invitations, newest first'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one invitation'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Withdraw a pending invitation'
complete -c doorman -n "__fish_doorman_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "create" -d 'Create an app; prints its client_id, and its client_secret once for web and m2m apps'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "list" -d 'List apps'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "show" -d 'Show one app'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "update" -d 'Change an app; list options replace the whole list'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "delete" -d 'Delete an app'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "rotate-secret" -d 'Replace a web or m2m app\'s secret; prints the new one once'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "role" -d 'List, assign and take away an M2M app\'s roles (APP is a client id or name)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and not __fish_seen_subcommand_from create list show update delete rotate-secret role help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l type -d 'Kind of client' -r -f -a "web\t'A server-rendered web app: confidential, signs users in'
spa\t'A single-page app: public, PKCE'
native\t'A mobile or desktop app: public, PKCE, custom-scheme or loopback redirects'
m2m\t'A machine-to-machine client: confidential, client credentials only'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l redirect-uri -d 'Redirect URI, matched exactly (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l post-logout-redirect-uri -d 'Post-logout redirect URI, matched exactly (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l backchannel-logout-uri -d 'Where back-channel logout tokens are sent' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l client-id -d 'A fixed client id [default: random]' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l third-party -d 'A third-party app: users are asked for consent'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l device-flow -d 'Let a native app use the device flow (RFC 8628): a device shows a code that a person types at /device'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -l management-api -d 'Give an m2m app the Management API (the role `management`, made on first use)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l redirect-uri -d 'Redirect URI (repeatable; replaces the list)' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l post-logout-redirect-uri -d 'Post-logout redirect URI (repeatable; replaces the list)' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l backchannel-logout-uri -d 'Back-channel logout URI' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l third-party -d 'Third-party or not (--third-party=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l device-flow -d 'Device flow on or off, for a native app (--device-flow=false)' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l unset -d 'Clear a field (repeatable)' -r -f -a "redirect-uris\t'Every redirect URI'
post-logout-redirect-uris\t'Every post-logout redirect URI'
backchannel-logout-uri\t'The back-channel logout URI'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l claim -d 'Add a custom claim to the tokens of the app\'s users, NAME=JSON (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l unset-claim -d 'Remove a custom claim (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from rotate-secret" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the roles held'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -f -a "add" -d 'Assign roles'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -f -a "remove" -d 'Take a role away'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an app; prints its client_id, and its client_secret once for web and m2m apps'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "list" -d 'List apps'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one app'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an app; list options replace the whole list'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an app'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "rotate-secret" -d 'Replace a web or m2m app\'s secret; prints the new one once'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "role" -d 'List, assign and take away an M2M app\'s roles (APP is a client id or name)'
complete -c doorman -n "__fish_doorman_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -f -a "create" -d 'Register an API resource: the indicator apps send as `resource`, with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -f -a "list" -d 'List API resources'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -f -a "show" -d 'Show an API resource with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -f -a "update" -d 'Rename an API resource, change its token lifetime, add or remove permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -f -a "delete" -d 'Delete an API resource; roles lose its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and not __fish_seen_subcommand_from create list show update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -l indicator -d 'Resource indicator: an absolute URI, the `aud` of its tokens' -r
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -l scope -d 'A permission, NAME or "NAME: DESCRIPTION" (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -l access-token-ttl -d 'Lifetime of its access tokens, such as 15m or 1h [default: the configured one]' -r
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -l access-token-ttl -d 'New access-token lifetime' -r
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -l add-scope -d 'Add (or re-describe) a permission, NAME or "NAME: DESCRIPTION" (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -l remove-scope -d 'Remove a permission by name (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "create" -d 'Register an API resource: the indicator apps send as `resource`, with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "list" -d 'List API resources'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an API resource with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename an API resource, change its token lifetime, add or remove permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an API resource; roles lose its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand resource; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -f -a "create" -d 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -f -a "list" -d 'List connectors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -f -a "show" -d 'Show a connector and its callback URL (never its secret)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -f -a "update" -d 'Change a connector'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -f -a "delete" -d 'Delete a connector and unlink its identities'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and not __fish_seen_subcommand_from create list show update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l id -d 'A fixed id (the last segment of the callback URL) [default: random]' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l kind -d 'Protocol [default: the preset\'s]' -r -f -a "oidc\t'OpenID Connect: discovery, ID tokens checked against the upstream\'s JWKS'
oauth2\t'OAuth 2.0 with a user-info endpoint'
saml\t'SAML 2.0 web browser SSO: AuthnRequests by redirect, signed responses POSTed back'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l preset -d 'Fill in a well-known provider\'s endpoints, scopes and mapping' -r -f -a "github\t'GitHub (OAuth 2.0 with its user API)'
google\t'Google (OpenID Connect)'
microsoft\t'Microsoft identity platform, any tenant (OpenID Connect)'
apple\t'Sign in with Apple (OpenID Connect)'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer (its discovery document gives the endpoints)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l authorization-endpoint -d 'OAuth 2.0 authorization endpoint' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l token-endpoint -d 'OAuth 2.0 token endpoint' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l userinfo-endpoint -d 'User-info endpoint (OAuth 2.0: where the profile comes from)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l response-mode -d 'How the provider sends its answer back (form_post: POSTed to the callback)' -r -f -a "query\t''
form_post\t''"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l team-id -d 'Sign in with Apple: your team id (the client secret is then a JWT doorman signs)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l key-id -d 'Sign in with Apple: the id of the private key (AuthKey_<ID>.p8)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l metadata-url -d 'SAML: the IdP\'s metadata URL (read now; the connector is --kind saml)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l metadata-file -d 'SAML: the IdP\'s metadata file' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l idp-initiated -d 'SAML: accept IdP-initiated sign-in (unsolicited responses), landing in --default-app' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l default-app -d 'SAML: the web app an IdP-initiated sign-in continues to (its client id)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l client-id -d 'The client id registered upstream (not for SAML)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l private-key-file -d 'Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l scope -d 'A scope to ask for (repeatable) [default: the preset\'s, or openid profile email]' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l map -d 'Where a profile field comes from: id, email, email_verified, name or avatar = a field (dotted path) of the upstream\'s answer (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l domain -d 'An email domain the SSO provider owns (repeatable; SAML connectors are always SSO)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l jit-org -d 'An organization its users join, with an organization role; with GROUP=, only the users the IdP puts in that group (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l client-secret-stdin -d 'Read the client secret from the first line of stdin'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -l sso -d 'Enterprise SSO: chosen by the email\'s domain instead of a button'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer (its discovery document gives the endpoints)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l authorization-endpoint -d 'OAuth 2.0 authorization endpoint' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l token-endpoint -d 'OAuth 2.0 token endpoint' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l userinfo-endpoint -d 'User-info endpoint (OAuth 2.0: where the profile comes from)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l response-mode -d 'How the provider sends its answer back (form_post: POSTed to the callback)' -r -f -a "query\t''
form_post\t''"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l team-id -d 'Sign in with Apple: your team id (the client secret is then a JWT doorman signs)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l key-id -d 'Sign in with Apple: the id of the private key (AuthKey_<ID>.p8)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l metadata-url -d 'SAML: the IdP\'s metadata URL (read now; the connector is --kind saml)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l metadata-file -d 'SAML: the IdP\'s metadata file' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l idp-initiated -d 'SAML: accept IdP-initiated sign-in (unsolicited responses), landing in --default-app' -r -f -a "true\t''
false\t''"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l default-app -d 'SAML: the web app an IdP-initiated sign-in continues to (its client id)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l client-id -d 'New client id' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l private-key-file -d 'Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l scope -d 'Replace the scopes (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l map -d 'Change where a profile field comes from (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l domain -d 'Replace the SSO domains (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l jit-org -d 'Replace the JIT organizations (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -l client-secret-stdin -d 'Read a new client secret from the first line of stdin'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "create" -d 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connectors'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a connector and its callback URL (never its secret)'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a connector'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a connector and unlink its identities'
complete -c doorman -n "__fish_doorman_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -f -a "create" -d 'Create a role holding API resource permissions'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -f -a "list" -d 'List roles'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -f -a "show" -d 'Show a role with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -f -a "update" -d 'Rename or re-describe a role, add or remove permissions'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -f -a "delete" -d 'Delete a role; its holders lose it'
complete -c doorman -n "__fish_doorman_using_subcommand role; and not __fish_seen_subcommand_from create list show update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -l type -d 'Who it is for: users, or machine-to-machine apps' -r -f -a "user\t'Assigned to users'
m2m\t'Assigned to machine-to-machine apps'"
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -l permission -d 'A permission, RESOURCE:SCOPE with the resource\'s indicator or name (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -l description -d 'What it is for' -r
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -l description -d 'New description ("" clears it)' -r
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -l add-permission -d 'Add a permission, RESOURCE:SCOPE (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -l remove-permission -d 'Remove a permission, RESOURCE:SCOPE (repeatable)' -r
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a role holding API resource permissions'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a role with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename or re-describe a role, add or remove permissions'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a role; its holders lose it'
complete -c doorman -n "__fish_doorman_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -f -a "list" -d 'List signing keys, newest first (never their private parts)'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -f -a "rotate" -d 'Make a new current key; the old one stays published until its tokens have expired'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l alg -d 'Algorithm of the new key' -r -f -a "RS256\t'RSA-2048 with SHA-256: the default every client supports'
ES256\t'ECDSA P-256 with SHA-256: small, fast to sign'
ES384\t'ECDSA P-384 with SHA-384'"
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l grace -d 'How long the old key stays published, such as 1h [default: until every token it signed has expired]' -r
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List signing keys, newest first (never their private parts)'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Make a new current key; the old one stays published until its tokens have expired'
complete -c doorman -n "__fish_doorman_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -f -a "show" -d 'Print all settings'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -f -a "get" -d 'Print one setting by dotted key, e.g. password_policy.min_length'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -f -a "set" -d 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -f -a "apply" -d 'Merge a partial settings YAML file into the settings'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -f -a "edit" -d 'Edit the settings in $VISUAL or $EDITOR'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and not __fish_seen_subcommand_from show get set apply edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print all settings'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting by dotted key, e.g. password_policy.min_length'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Merge a partial settings YAML file into the settings'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit the settings in $VISUAL or $EDITOR'
complete -c doorman -n "__fish_doorman_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand seed" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand seed" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand seed" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand seed" -l dry-run -d 'Say what would change without writing anything'
complete -c doorman -n "__fish_doorman_using_subcommand seed" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand seed" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand seed" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand seed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand seed" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand export" -l format -d 'doorman\'s fixture format, or Logto\'s Management API shapes (JSON)' -r -f -a "fixture\t'A fixture file that `seed` reproduces (YAML, or JSON with -o json)'
logto\t'Users (camelCase, passwordDigest and passwordAlgorithm), organizations, roles and scopes as Logto\'s Management API takes them'"
complete -c doorman -n "__fish_doorman_using_subcommand export" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand export" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand export" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand export" -l with-secrets -d 'Include password hashes (handle the output as a secret)'
complete -c doorman -n "__fish_doorman_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand export" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand export" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand export" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand push" -l to -d 'The Management API\'s server (its issuer\'s origin), e.g. https://tenant.logto.app' -r
complete -c doorman -n "__fish_doorman_using_subcommand push" -l client-id -d 'A machine-to-machine app there with the Management API\'s role' -r
complete -c doorman -n "__fish_doorman_using_subcommand push" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand push" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand push" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand push" -l client-secret-stdin -d 'Read the app\'s secret from the first line of stdin'
complete -c doorman -n "__fish_doorman_using_subcommand push" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand push" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand push" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand push" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand pull" -l from -d 'The Management API\'s server (its issuer\'s origin), e.g. https://tenant.logto.app' -r
complete -c doorman -n "__fish_doorman_using_subcommand pull" -l client-id -d 'A machine-to-machine app there with the Management API\'s role' -r
complete -c doorman -n "__fish_doorman_using_subcommand pull" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand pull" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand pull" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand pull" -l client-secret-stdin -d 'Read the app\'s secret from the first line of stdin'
complete -c doorman -n "__fish_doorman_using_subcommand pull" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand pull" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand pull" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand pull" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -l to -d 'Only messages to this email address or phone number' -r
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -l last -d 'Only the newest message'
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand outbox" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand audit" -l user -d 'Only events about this user (id, email, username or phone)' -r
complete -c doorman -n "__fish_doorman_using_subcommand audit" -l limit -d 'At most N events, newest first' -r
complete -c doorman -n "__fish_doorman_using_subcommand audit" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand audit" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand audit" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand audit" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand audit" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand audit" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -f -a "issue" -d 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited'
complete -c doorman -n "__fish_doorman_using_subcommand token; and not __fish_seen_subcommand_from issue help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l app -d 'The app (client id or name)' -r
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l scope -d 'Scope (repeatable) [default: openid profile email]' -r
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l resource -d 'An API resource: the access token becomes a JWT for it' -r
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l org -d 'An organization: the access token becomes an organization token' -r
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l expires-in -d 'Token lifetime, such as 15m or 1h (at most 1d) [default: the configured lifetimes]' -r
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l amr -d 'How the ID token says the user signed in, an RFC 8176 value such as pwd, otp or mfa (repeatable) [default: pwd]' -r
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l issuer -d 'The issuer to sign as [default: the config\'s, else the last `serve`\'s, else init\'s]' -r
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited'
complete -c doorman -n "__fish_doorman_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l host -d 'Interface to listen on [default: server.host from the config, else 127.0.0.1]' -r
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l port -d 'Port to listen on; 0 picks a free one [default: server.port, else 3001]' -r
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l issuer -d 'The issuer URL [default: from the config, else http://localhost:PORT/oidc]' -r
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l seed -d 'Seed these fixtures at start, as `doorman seed` does (repeatable; /dev/reset returns to them)' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (with --tls-key)' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand serve" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l test-controls -d 'Turn on the test controls under /dev/ (clock, scripted outcomes, headless sign-in of test users, reset); loopback only [default: server.test_controls]'
complete -c doorman -n "__fish_doorman_using_subcommand serve" -l tls-self-signed -d 'Serve HTTPS with a certificate doorman makes for the issuer\'s host (and a local CA to trust, doorman-tls/ca.pem beside the database), kept for the next start'
complete -c doorman -n "__fish_doorman_using_subcommand serve" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand serve" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand serve" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand serve" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand completions" -l db -d 'The SQLite file; created with its schema on first use [default: ./doorman.db]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand completions" -l config -d 'The config file [default: ./doorman.yaml if it exists]' -r -F
complete -c doorman -n "__fish_doorman_using_subcommand completions" -s o -l output -d 'How results print [default: table on a terminal, json otherwise]' -r -f -a "table\t'A table for people'
json\t'JSON for scripts'
yaml\t'YAML for scripts and fixtures'"
complete -c doorman -n "__fish_doorman_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand completions" -s q -l quiet -d 'Only log errors'
complete -c doorman -n "__fish_doorman_using_subcommand completions" -s v -l verbose -d 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
complete -c doorman -n "__fish_doorman_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c doorman -n "__fish_doorman_using_subcommand completions" -s V -l version -d 'Print version'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "init" -d 'Create the database with default settings'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "user" -d 'Manage users'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "org" -d 'Manage organizations, members, organization roles and scopes'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "invite" -d 'Manage organization invitations'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "app" -d 'Manage OIDC client applications'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "resource" -d 'Manage API resources and their permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "connector" -d 'Manage social and enterprise SSO connectors (upstream OIDC / OAuth 2.0 providers)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "role" -d 'Manage roles: sets of API resource permissions for users and M2M apps'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "keys" -d 'List and rotate token signing keys'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "settings" -d 'Show and change the sign-in experience settings'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "seed" -d 'Upsert everything fixture files name (idempotent)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "export" -d 'Print the whole database as a fixture file (or in Logto\'s shapes)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "push" -d 'Copy users, organizations, roles and scopes into a Logto-compatible Management API'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "pull" -d 'Copy a Logto tenant\'s users, organizations, roles and scopes into this database'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "outbox" -d 'Show the emails and SMS doorman would have sent'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "audit" -d 'Show sign-in, sign-out and admin events'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "token" -d 'Mint tokens for a user and app without a browser'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "serve" -d 'Run the OpenID Connect provider'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c doorman -n "__fish_doorman_using_subcommand help; and not __fish_seen_subcommand_from init user org invite app resource connector role keys settings seed export push pull outbox audit token serve completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create a user (asks for missing values on a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users in creation order'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "update" -d 'Change a user\'s profile or password'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-password" -d 'Set a user\'s password (asks on a terminal)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "suspend" -d 'Stop a user from signing in'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unsuspend" -d 'Let a suspended user sign in again'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user and everything that belongs to them'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "role" -d 'List, assign and take away a user\'s roles (USER is an id, email, username or phone)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "mfa" -d 'A user\'s second factors: authenticator apps and backup codes'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "token" -d 'A user\'s personal access tokens, which scripts exchange for access tokens'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "identities" -d 'List a user\'s linked social and enterprise identities'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unlink" -d 'Unlink a user\'s identity at a connector'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an organization'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List organizations'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show an organization with its member count, roles in use and pending invitations'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "update" -d 'Rename or re-describe an organization'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "delete" -d 'Delete an organization with its memberships and invitations'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "member" -d 'Manage members'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "role" -d 'Manage organization roles (shared by all organizations)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "scope" -d 'Manage organization scopes (shared by all organizations)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "create" -d 'Invite an email to an organization; prints the invitation and its accept link'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "list" -d 'List invitations, newest first'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "show" -d 'Show one invitation'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "revoke" -d 'Withdraw a pending invitation'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "create" -d 'Create an app; prints its client_id, and its client_secret once for web and m2m apps'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "list" -d 'List apps'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "show" -d 'Show one app'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "update" -d 'Change an app; list options replace the whole list'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "delete" -d 'Delete an app'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "rotate-secret" -d 'Replace a web or m2m app\'s secret; prints the new one once'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "role" -d 'List, assign and take away an M2M app\'s roles (APP is a client id or name)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "create" -d 'Register an API resource: the indicator apps send as `resource`, with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "list" -d 'List API resources'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "show" -d 'Show an API resource with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "update" -d 'Rename an API resource, change its token lifetime, add or remove permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from resource" -f -a "delete" -d 'Delete an API resource; roles lose its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "create" -d 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "list" -d 'List connectors'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "show" -d 'Show a connector and its callback URL (never its secret)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "update" -d 'Change a connector'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "delete" -d 'Delete a connector and unlink its identities'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a role holding API resource permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "show" -d 'Show a role with its permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "update" -d 'Rename or re-describe a role, add or remove permissions'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role; its holders lose it'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List signing keys, newest first (never their private parts)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rotate" -d 'Make a new current key; the old one stays published until its tokens have expired'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "show" -d 'Print all settings'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "get" -d 'Print one setting by dotted key, e.g. password_policy.min_length'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "apply" -d 'Merge a partial settings YAML file into the settings'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "edit" -d 'Edit the settings in $VISUAL or $EDITOR'
complete -c doorman -n "__fish_doorman_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "issue" -d 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited'
