
use builtin;
use str;

set edit:completion:arg-completer[doorman] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'doorman'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'doorman'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database with default settings'
            cand user 'Manage users'
            cand org 'Manage organizations, members, organization roles and scopes'
            cand invite 'Manage organization invitations'
            cand app 'Manage OIDC client applications'
            cand resource 'Manage API resources and their permissions'
            cand connector 'Manage social and enterprise SSO connectors (upstream OIDC / OAuth 2.0 providers)'
            cand role 'Manage roles: sets of API resource permissions for users and M2M apps'
            cand keys 'List and rotate token signing keys'
            cand settings 'Show and change the sign-in experience settings'
            cand seed 'Upsert everything fixture files name (idempotent)'
            cand export 'Print the whole database as a fixture file (or in Logto''s shapes)'
            cand push 'Copy users, organizations, roles and scopes into a Logto-compatible Management API'
            cand pull 'Copy a Logto tenant''s users, organizations, roles and scopes into this database'
            cand outbox 'Show the emails and SMS doorman would have sent'
            cand audit 'Show sign-in, sign-out and admin events'
            cand token 'Mint tokens for a user and app without a browser'
            cand serve 'Run the OpenID Connect provider'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;init'= {
            cand --issuer 'The issuer URL the server will call itself [default: http://localhost:3001/oidc]'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --force 'Delete an existing database and start again'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a user (asks for missing values on a terminal)'
            cand list 'List users in creation order'
            cand show 'Show one user'
            cand update 'Change a user''s profile or password'
            cand set-password 'Set a user''s password (asks on a terminal)'
            cand suspend 'Stop a user from signing in'
            cand unsuspend 'Let a suspended user sign in again'
            cand delete 'Delete a user and everything that belongs to them'
            cand role 'List, assign and take away a user''s roles (USER is an id, email, username or phone)'
            cand mfa 'A user''s second factors: authenticator apps and backup codes'
            cand token 'A user''s personal access tokens, which scripts exchange for access tokens'
            cand identities 'List a user''s linked social and enterprise identities'
            cand unlink 'Unlink a user''s identity at a connector'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;create'= {
            cand --username 'Username: letters, digits and _, not starting with a digit'
            cand --email 'Email address'
            cand --phone 'Phone number in E.164 form (+14155550100)'
            cand --name 'Display name'
            cand --avatar-url 'Picture URL'
            cand --email-verified 'Mark the email verified (or --email-verified=false)'
            cand --phone-verified 'Mark the phone verified (or --phone-verified=false)'
            cand --custom 'Set a custom data key to a JSON value, e.g. --custom plan=''"pro"'' (repeatable)'
            cand --test-user 'Mark a test user, whom `serve --test-controls` signs in by login_hint without a page (or --test-user=false)'
            cand --password 'The password (visible to other local users; prefer --password-stdin)'
            cand --password-hash 'Import an argon2 PHC string or bcrypt hash as it is'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --no-test-user 'No longer a test user (the same as --test-user=false)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;list'= {
            cand --search 'Only users whose username, email, phone or name contains TEXT'
            cand --org 'Only members of this organization (id or name)'
            cand --limit 'At most N users'
            cand --offset 'Skip the first N users'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --suspended 'Only suspended users'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;update'= {
            cand --username 'Username: letters, digits and _, not starting with a digit'
            cand --email 'Email address'
            cand --phone 'Phone number in E.164 form (+14155550100)'
            cand --name 'Display name'
            cand --avatar-url 'Picture URL'
            cand --email-verified 'Mark the email verified (or --email-verified=false)'
            cand --phone-verified 'Mark the phone verified (or --phone-verified=false)'
            cand --custom 'Set a custom data key to a JSON value, e.g. --custom plan=''"pro"'' (repeatable)'
            cand --test-user 'Mark a test user, whom `serve --test-controls` signs in by login_hint without a page (or --test-user=false)'
            cand --password 'The password (visible to other local users; prefer --password-stdin)'
            cand --password-hash 'Import an argon2 PHC string or bcrypt hash as it is'
            cand --unset 'Clear a field (repeatable)'
            cand --claim 'Add a custom claim to the user''s tokens, NAME=JSON (repeatable)'
            cand --unset-claim 'Remove a custom claim (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --no-test-user 'No longer a test user (the same as --test-user=false)'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;set-password'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;suspend'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;unsuspend'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;role'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;role;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;role;add'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;role;remove'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;role;help'= {
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;role;help;list'= {
        }
        &'doorman;user;role;help;add'= {
        }
        &'doorman;user;role;help;remove'= {
        }
        &'doorman;user;role;help;help'= {
        }
        &'doorman;user;mfa'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a user''s enrolled factors'
            cand add-totp 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once'
            cand backup-codes 'Make 10 single-use backup codes (replacing any older set); prints them once'
            cand remove 'Remove a factor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;mfa;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;mfa;add-totp'= {
            cand --secret 'Use this base32 secret (at least 128 bits) instead of a new one'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;mfa;backup-codes'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;mfa;remove'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;mfa;help'= {
            cand list 'List a user''s enrolled factors'
            cand add-totp 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once'
            cand backup-codes 'Make 10 single-use backup codes (replacing any older set); prints them once'
            cand remove 'Remove a factor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;mfa;help;list'= {
        }
        &'doorman;user;mfa;help;add-totp'= {
        }
        &'doorman;user;mfa;help;backup-codes'= {
        }
        &'doorman;user;mfa;help;remove'= {
        }
        &'doorman;user;mfa;help;help'= {
        }
        &'doorman;user;token'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Make a personal access token; prints it once'
            cand list 'List a user''s tokens (never the tokens themselves)'
            cand revoke 'Revoke a user''s token by name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;token;create'= {
            cand --name 'A name, unique among the user''s tokens'
            cand --expires-in 'How long it lives, such as 30d [default: until revoked]'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;token;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;token;revoke'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;token;help'= {
            cand create 'Make a personal access token; prints it once'
            cand list 'List a user''s tokens (never the tokens themselves)'
            cand revoke 'Revoke a user''s token by name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;token;help;create'= {
        }
        &'doorman;user;token;help;list'= {
        }
        &'doorman;user;token;help;revoke'= {
        }
        &'doorman;user;token;help;help'= {
        }
        &'doorman;user;identities'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;unlink'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;user;help'= {
            cand create 'Create a user (asks for missing values on a terminal)'
            cand list 'List users in creation order'
            cand show 'Show one user'
            cand update 'Change a user''s profile or password'
            cand set-password 'Set a user''s password (asks on a terminal)'
            cand suspend 'Stop a user from signing in'
            cand unsuspend 'Let a suspended user sign in again'
            cand delete 'Delete a user and everything that belongs to them'
            cand role 'List, assign and take away a user''s roles (USER is an id, email, username or phone)'
            cand mfa 'A user''s second factors: authenticator apps and backup codes'
            cand token 'A user''s personal access tokens, which scripts exchange for access tokens'
            cand identities 'List a user''s linked social and enterprise identities'
            cand unlink 'Unlink a user''s identity at a connector'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;user;help;create'= {
        }
        &'doorman;user;help;list'= {
        }
        &'doorman;user;help;show'= {
        }
        &'doorman;user;help;update'= {
        }
        &'doorman;user;help;set-password'= {
        }
        &'doorman;user;help;suspend'= {
        }
        &'doorman;user;help;unsuspend'= {
        }
        &'doorman;user;help;delete'= {
        }
        &'doorman;user;help;role'= {
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
        }
        &'doorman;user;help;role;list'= {
        }
        &'doorman;user;help;role;add'= {
        }
        &'doorman;user;help;role;remove'= {
        }
        &'doorman;user;help;mfa'= {
            cand list 'List a user''s enrolled factors'
            cand add-totp 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once'
            cand backup-codes 'Make 10 single-use backup codes (replacing any older set); prints them once'
            cand remove 'Remove a factor'
        }
        &'doorman;user;help;mfa;list'= {
        }
        &'doorman;user;help;mfa;add-totp'= {
        }
        &'doorman;user;help;mfa;backup-codes'= {
        }
        &'doorman;user;help;mfa;remove'= {
        }
        &'doorman;user;help;token'= {
            cand create 'Make a personal access token; prints it once'
            cand list 'List a user''s tokens (never the tokens themselves)'
            cand revoke 'Revoke a user''s token by name'
        }
        &'doorman;user;help;token;create'= {
        }
        &'doorman;user;help;token;list'= {
        }
        &'doorman;user;help;token;revoke'= {
        }
        &'doorman;user;help;identities'= {
        }
        &'doorman;user;help;unlink'= {
        }
        &'doorman;user;help;help'= {
        }
        &'doorman;org'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an organization'
            cand list 'List organizations'
            cand show 'Show an organization with its member count, roles in use and pending invitations'
            cand update 'Rename or re-describe an organization'
            cand delete 'Delete an organization with its memberships and invitations'
            cand member 'Manage members'
            cand role 'Manage organization roles (shared by all organizations)'
            cand scope 'Manage organization scopes (shared by all organizations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;create'= {
            cand --description 'Free text'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;update'= {
            cand --name 'New name'
            cand --description 'New description ("" clears it)'
            cand --mfa-required 'Whether members need a second factor (see mfa.organization_required_mfa_policy)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;member'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List members in joining order'
            cand add 'Add users or machine-to-machine apps, optionally with roles'
            cand remove 'Remove a member and their roles'
            cand grant 'Grant a role to a member'
            cand revoke 'Take a role from a member'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;member;list'= {
            cand --limit 'At most N members'
            cand --offset 'Skip the first N members'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;member;add'= {
            cand --role 'Role to grant each (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;member;remove'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;member;grant'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;member;revoke'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;member;help'= {
            cand list 'List members in joining order'
            cand add 'Add users or machine-to-machine apps, optionally with roles'
            cand remove 'Remove a member and their roles'
            cand grant 'Grant a role to a member'
            cand revoke 'Take a role from a member'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;member;help;list'= {
        }
        &'doorman;org;member;help;add'= {
        }
        &'doorman;org;member;help;remove'= {
        }
        &'doorman;org;member;help;grant'= {
        }
        &'doorman;org;member;help;revoke'= {
        }
        &'doorman;org;member;help;help'= {
        }
        &'doorman;org;role'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a role holding scopes'
            cand list 'List roles with their scopes'
            cand delete 'Delete a role, taking it from every member and invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;role;create'= {
            cand --type 'Who it is for: user members, or machine-to-machine app members'
            cand --description 'What it is for'
            cand --scope 'Scope it holds (repeatable)'
            cand --permission 'An API resource permission it holds in organizations, RESOURCE:SCOPE (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;role;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;role;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;role;help'= {
            cand create 'Create a role holding scopes'
            cand list 'List roles with their scopes'
            cand delete 'Delete a role, taking it from every member and invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;role;help;create'= {
        }
        &'doorman;org;role;help;list'= {
        }
        &'doorman;org;role;help;delete'= {
        }
        &'doorman;org;role;help;help'= {
        }
        &'doorman;org;scope'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a scope'
            cand list 'List scopes'
            cand delete 'Delete a scope, removing it from every role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;scope;create'= {
            cand --description 'What it allows'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;scope;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;scope;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;org;scope;help'= {
            cand create 'Create a scope'
            cand list 'List scopes'
            cand delete 'Delete a scope, removing it from every role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;scope;help;create'= {
        }
        &'doorman;org;scope;help;list'= {
        }
        &'doorman;org;scope;help;delete'= {
        }
        &'doorman;org;scope;help;help'= {
        }
        &'doorman;org;help'= {
            cand create 'Create an organization'
            cand list 'List organizations'
            cand show 'Show an organization with its member count, roles in use and pending invitations'
            cand update 'Rename or re-describe an organization'
            cand delete 'Delete an organization with its memberships and invitations'
            cand member 'Manage members'
            cand role 'Manage organization roles (shared by all organizations)'
            cand scope 'Manage organization scopes (shared by all organizations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;org;help;create'= {
        }
        &'doorman;org;help;list'= {
        }
        &'doorman;org;help;show'= {
        }
        &'doorman;org;help;update'= {
        }
        &'doorman;org;help;delete'= {
        }
        &'doorman;org;help;member'= {
            cand list 'List members in joining order'
            cand add 'Add users or machine-to-machine apps, optionally with roles'
            cand remove 'Remove a member and their roles'
            cand grant 'Grant a role to a member'
            cand revoke 'Take a role from a member'
        }
        &'doorman;org;help;member;list'= {
        }
        &'doorman;org;help;member;add'= {
        }
        &'doorman;org;help;member;remove'= {
        }
        &'doorman;org;help;member;grant'= {
        }
        &'doorman;org;help;member;revoke'= {
        }
        &'doorman;org;help;role'= {
            cand create 'Create a role holding scopes'
            cand list 'List roles with their scopes'
            cand delete 'Delete a role, taking it from every member and invitation'
        }
        &'doorman;org;help;role;create'= {
        }
        &'doorman;org;help;role;list'= {
        }
        &'doorman;org;help;role;delete'= {
        }
        &'doorman;org;help;scope'= {
            cand create 'Create a scope'
            cand list 'List scopes'
            cand delete 'Delete a scope, removing it from every role'
        }
        &'doorman;org;help;scope;create'= {
        }
        &'doorman;org;help;scope;list'= {
        }
        &'doorman;org;help;scope;delete'= {
        }
        &'doorman;org;help;help'= {
        }
        &'doorman;invite'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Invite an email to an organization; prints the invitation and its accept link'
            cand list 'List invitations, newest first'
            cand show 'Show one invitation'
            cand revoke 'Withdraw a pending invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;invite;create'= {
            cand --org 'Organization id or name'
            cand --email 'The invitee''s email'
            cand --role 'Role granted on acceptance (repeatable)'
            cand --expires-in 'How long it stays acceptable, such as 7d or 12h [default: 7d]'
            cand --inviter 'Who invites (id, email, username or phone)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;invite;list'= {
            cand --org 'Only this organization (id or name)'
            cand --status 'Only this status'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;invite;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;invite;revoke'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;invite;help'= {
            cand create 'Invite an email to an organization; prints the invitation and its accept link'
            cand list 'List invitations, newest first'
            cand show 'Show one invitation'
            cand revoke 'Withdraw a pending invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;invite;help;create'= {
        }
        &'doorman;invite;help;list'= {
        }
        &'doorman;invite;help;show'= {
        }
        &'doorman;invite;help;revoke'= {
        }
        &'doorman;invite;help;help'= {
        }
        &'doorman;app'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an app; prints its client_id, and its client_secret once for web and m2m apps'
            cand list 'List apps'
            cand show 'Show one app'
            cand update 'Change an app; list options replace the whole list'
            cand delete 'Delete an app'
            cand rotate-secret 'Replace a web or m2m app''s secret; prints the new one once'
            cand role 'List, assign and take away an M2M app''s roles (APP is a client id or name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;app;create'= {
            cand --type 'Kind of client'
            cand --redirect-uri 'Redirect URI, matched exactly (repeatable)'
            cand --post-logout-redirect-uri 'Post-logout redirect URI, matched exactly (repeatable)'
            cand --backchannel-logout-uri 'Where back-channel logout tokens are sent'
            cand --client-id 'A fixed client id [default: random]'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --third-party 'A third-party app: users are asked for consent'
            cand --device-flow 'Let a native app use the device flow (RFC 8628): a device shows a code that a person types at /device'
            cand --management-api 'Give an m2m app the Management API (the role `management`, made on first use)'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;update'= {
            cand --name 'New name'
            cand --redirect-uri 'Redirect URI (repeatable; replaces the list)'
            cand --post-logout-redirect-uri 'Post-logout redirect URI (repeatable; replaces the list)'
            cand --backchannel-logout-uri 'Back-channel logout URI'
            cand --third-party 'Third-party or not (--third-party=false)'
            cand --device-flow 'Device flow on or off, for a native app (--device-flow=false)'
            cand --unset 'Clear a field (repeatable)'
            cand --claim 'Add a custom claim to the tokens of the app''s users, NAME=JSON (repeatable)'
            cand --unset-claim 'Remove a custom claim (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;rotate-secret'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;role'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;app;role;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;role;add'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;role;remove'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;app;role;help'= {
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;app;role;help;list'= {
        }
        &'doorman;app;role;help;add'= {
        }
        &'doorman;app;role;help;remove'= {
        }
        &'doorman;app;role;help;help'= {
        }
        &'doorman;app;help'= {
            cand create 'Create an app; prints its client_id, and its client_secret once for web and m2m apps'
            cand list 'List apps'
            cand show 'Show one app'
            cand update 'Change an app; list options replace the whole list'
            cand delete 'Delete an app'
            cand rotate-secret 'Replace a web or m2m app''s secret; prints the new one once'
            cand role 'List, assign and take away an M2M app''s roles (APP is a client id or name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;app;help;create'= {
        }
        &'doorman;app;help;list'= {
        }
        &'doorman;app;help;show'= {
        }
        &'doorman;app;help;update'= {
        }
        &'doorman;app;help;delete'= {
        }
        &'doorman;app;help;rotate-secret'= {
        }
        &'doorman;app;help;role'= {
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
        }
        &'doorman;app;help;role;list'= {
        }
        &'doorman;app;help;role;add'= {
        }
        &'doorman;app;help;role;remove'= {
        }
        &'doorman;app;help;help'= {
        }
        &'doorman;resource'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Register an API resource: the indicator apps send as `resource`, with its permissions'
            cand list 'List API resources'
            cand show 'Show an API resource with its permissions'
            cand update 'Rename an API resource, change its token lifetime, add or remove permissions'
            cand delete 'Delete an API resource; roles lose its permissions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;resource;create'= {
            cand --indicator 'Resource indicator: an absolute URI, the `aud` of its tokens'
            cand --scope 'A permission, NAME or "NAME: DESCRIPTION" (repeatable)'
            cand --access-token-ttl 'Lifetime of its access tokens, such as 15m or 1h [default: the configured one]'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;resource;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;resource;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;resource;update'= {
            cand --name 'New name'
            cand --access-token-ttl 'New access-token lifetime'
            cand --add-scope 'Add (or re-describe) a permission, NAME or "NAME: DESCRIPTION" (repeatable)'
            cand --remove-scope 'Remove a permission by name (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;resource;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;resource;help'= {
            cand create 'Register an API resource: the indicator apps send as `resource`, with its permissions'
            cand list 'List API resources'
            cand show 'Show an API resource with its permissions'
            cand update 'Rename an API resource, change its token lifetime, add or remove permissions'
            cand delete 'Delete an API resource; roles lose its permissions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;resource;help;create'= {
        }
        &'doorman;resource;help;list'= {
        }
        &'doorman;resource;help;show'= {
        }
        &'doorman;resource;help;update'= {
        }
        &'doorman;resource;help;delete'= {
        }
        &'doorman;resource;help;help'= {
        }
        &'doorman;connector'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there'
            cand list 'List connectors'
            cand show 'Show a connector and its callback URL (never its secret)'
            cand update 'Change a connector'
            cand delete 'Delete a connector and unlink its identities'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;connector;create'= {
            cand --id 'A fixed id (the last segment of the callback URL) [default: random]'
            cand --kind 'Protocol [default: the preset''s]'
            cand --preset 'Fill in a well-known provider''s endpoints, scopes and mapping'
            cand --issuer 'OIDC issuer (its discovery document gives the endpoints)'
            cand --authorization-endpoint 'OAuth 2.0 authorization endpoint'
            cand --token-endpoint 'OAuth 2.0 token endpoint'
            cand --userinfo-endpoint 'User-info endpoint (OAuth 2.0: where the profile comes from)'
            cand --response-mode 'How the provider sends its answer back (form_post: POSTed to the callback)'
            cand --team-id 'Sign in with Apple: your team id (the client secret is then a JWT doorman signs)'
            cand --key-id 'Sign in with Apple: the id of the private key (AuthKey_<ID>.p8)'
            cand --metadata-url 'SAML: the IdP''s metadata URL (read now; the connector is --kind saml)'
            cand --metadata-file 'SAML: the IdP''s metadata file'
            cand --idp-initiated 'SAML: accept IdP-initiated sign-in (unsolicited responses), landing in --default-app'
            cand --default-app 'SAML: the web app an IdP-initiated sign-in continues to (its client id)'
            cand --client-id 'The client id registered upstream (not for SAML)'
            cand --private-key-file 'Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret'
            cand --scope 'A scope to ask for (repeatable) [default: the preset''s, or openid profile email]'
            cand --map 'Where a profile field comes from: id, email, email_verified, name or avatar = a field (dotted path) of the upstream''s answer (repeatable)'
            cand --domain 'An email domain the SSO provider owns (repeatable; SAML connectors are always SSO)'
            cand --jit-org 'An organization its users join, with an organization role; with GROUP=, only the users the IdP puts in that group (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --client-secret-stdin 'Read the client secret from the first line of stdin'
            cand --sso 'Enterprise SSO: chosen by the email''s domain instead of a button'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;connector;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;connector;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;connector;update'= {
            cand --name 'New name'
            cand --issuer 'OIDC issuer (its discovery document gives the endpoints)'
            cand --authorization-endpoint 'OAuth 2.0 authorization endpoint'
            cand --token-endpoint 'OAuth 2.0 token endpoint'
            cand --userinfo-endpoint 'User-info endpoint (OAuth 2.0: where the profile comes from)'
            cand --response-mode 'How the provider sends its answer back (form_post: POSTed to the callback)'
            cand --team-id 'Sign in with Apple: your team id (the client secret is then a JWT doorman signs)'
            cand --key-id 'Sign in with Apple: the id of the private key (AuthKey_<ID>.p8)'
            cand --metadata-url 'SAML: the IdP''s metadata URL (read now; the connector is --kind saml)'
            cand --metadata-file 'SAML: the IdP''s metadata file'
            cand --idp-initiated 'SAML: accept IdP-initiated sign-in (unsolicited responses), landing in --default-app'
            cand --default-app 'SAML: the web app an IdP-initiated sign-in continues to (its client id)'
            cand --client-id 'New client id'
            cand --private-key-file 'Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret'
            cand --scope 'Replace the scopes (repeatable)'
            cand --map 'Change where a profile field comes from (repeatable)'
            cand --domain 'Replace the SSO domains (repeatable)'
            cand --jit-org 'Replace the JIT organizations (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --client-secret-stdin 'Read a new client secret from the first line of stdin'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;connector;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;connector;help'= {
            cand create 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there'
            cand list 'List connectors'
            cand show 'Show a connector and its callback URL (never its secret)'
            cand update 'Change a connector'
            cand delete 'Delete a connector and unlink its identities'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;connector;help;create'= {
        }
        &'doorman;connector;help;list'= {
        }
        &'doorman;connector;help;show'= {
        }
        &'doorman;connector;help;update'= {
        }
        &'doorman;connector;help;delete'= {
        }
        &'doorman;connector;help;help'= {
        }
        &'doorman;role'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a role holding API resource permissions'
            cand list 'List roles'
            cand show 'Show a role with its permissions'
            cand update 'Rename or re-describe a role, add or remove permissions'
            cand delete 'Delete a role; its holders lose it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;role;create'= {
            cand --type 'Who it is for: users, or machine-to-machine apps'
            cand --permission 'A permission, RESOURCE:SCOPE with the resource''s indicator or name (repeatable)'
            cand --description 'What it is for'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;role;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;role;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;role;update'= {
            cand --name 'New name'
            cand --description 'New description ("" clears it)'
            cand --add-permission 'Add a permission, RESOURCE:SCOPE (repeatable)'
            cand --remove-permission 'Remove a permission, RESOURCE:SCOPE (repeatable)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;role;delete'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;role;help'= {
            cand create 'Create a role holding API resource permissions'
            cand list 'List roles'
            cand show 'Show a role with its permissions'
            cand update 'Rename or re-describe a role, add or remove permissions'
            cand delete 'Delete a role; its holders lose it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;role;help;create'= {
        }
        &'doorman;role;help;list'= {
        }
        &'doorman;role;help;show'= {
        }
        &'doorman;role;help;update'= {
        }
        &'doorman;role;help;delete'= {
        }
        &'doorman;role;help;help'= {
        }
        &'doorman;keys'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List signing keys, newest first (never their private parts)'
            cand rotate 'Make a new current key; the old one stays published until its tokens have expired'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;keys;list'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;keys;rotate'= {
            cand --alg 'Algorithm of the new key'
            cand --grace 'How long the old key stays published, such as 1h [default: until every token it signed has expired]'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;keys;help'= {
            cand list 'List signing keys, newest first (never their private parts)'
            cand rotate 'Make a new current key; the old one stays published until its tokens have expired'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;keys;help;list'= {
        }
        &'doorman;keys;help;rotate'= {
        }
        &'doorman;keys;help;help'= {
        }
        &'doorman;settings'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print all settings'
            cand get 'Print one setting by dotted key, e.g. password_policy.min_length'
            cand set 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)'
            cand apply 'Merge a partial settings YAML file into the settings'
            cand edit 'Edit the settings in $VISUAL or $EDITOR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;settings;show'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;settings;get'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;settings;set'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;settings;apply'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;settings;edit'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;settings;help'= {
            cand show 'Print all settings'
            cand get 'Print one setting by dotted key, e.g. password_policy.min_length'
            cand set 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)'
            cand apply 'Merge a partial settings YAML file into the settings'
            cand edit 'Edit the settings in $VISUAL or $EDITOR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;settings;help;show'= {
        }
        &'doorman;settings;help;get'= {
        }
        &'doorman;settings;help;set'= {
        }
        &'doorman;settings;help;apply'= {
        }
        &'doorman;settings;help;edit'= {
        }
        &'doorman;settings;help;help'= {
        }
        &'doorman;seed'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --dry-run 'Say what would change without writing anything'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;export'= {
            cand --format 'doorman''s fixture format, or Logto''s Management API shapes (JSON)'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --with-secrets 'Include password hashes (handle the output as a secret)'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;push'= {
            cand --to 'The Management API''s server (its issuer''s origin), e.g. https://tenant.logto.app'
            cand --client-id 'A machine-to-machine app there with the Management API''s role'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --client-secret-stdin 'Read the app''s secret from the first line of stdin'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;pull'= {
            cand --from 'The Management API''s server (its issuer''s origin), e.g. https://tenant.logto.app'
            cand --client-id 'A machine-to-machine app there with the Management API''s role'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --client-secret-stdin 'Read the app''s secret from the first line of stdin'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;outbox'= {
            cand --to 'Only messages to this email address or phone number'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --last 'Only the newest message'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;audit'= {
            cand --user 'Only events about this user (id, email, username or phone)'
            cand --limit 'At most N events, newest first'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;token'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand issue 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;token;issue'= {
            cand --app 'The app (client id or name)'
            cand --scope 'Scope (repeatable) [default: openid profile email]'
            cand --resource 'An API resource: the access token becomes a JWT for it'
            cand --org 'An organization: the access token becomes an organization token'
            cand --expires-in 'Token lifetime, such as 15m or 1h (at most 1d) [default: the configured lifetimes]'
            cand --amr 'How the ID token says the user signed in, an RFC 8176 value such as pwd, otp or mfa (repeatable) [default: pwd]'
            cand --issuer 'The issuer to sign as [default: the config''s, else the last `serve`''s, else init''s]'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;token;help'= {
            cand issue 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;token;help;issue'= {
        }
        &'doorman;token;help;help'= {
        }
        &'doorman;serve'= {
            cand --host 'Interface to listen on [default: server.host from the config, else 127.0.0.1]'
            cand --port 'Port to listen on; 0 picks a free one [default: server.port, else 3001]'
            cand --issuer 'The issuer URL [default: from the config, else http://localhost:PORT/oidc]'
            cand --seed 'Seed these fixtures at start, as `doorman seed` does (repeatable; /dev/reset returns to them)'
            cand --tls-cert 'Serve HTTPS with this PEM certificate chain (with --tls-key)'
            cand --tls-key 'The PEM private key of --tls-cert'
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand --test-controls 'Turn on the test controls under /dev/ (clock, scripted outcomes, headless sign-in of test users, reset); loopback only [default: server.test_controls]'
            cand --tls-self-signed 'Serve HTTPS with a certificate doorman makes for the issuer''s host (and a local CA to trust, doorman-tls/ca.pem beside the database), kept for the next start'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;completions'= {
            cand --db 'The SQLite file; created with its schema on first use [default: ./doorman.db]'
            cand --config 'The config file [default: ./doorman.yaml if it exists]'
            cand -o 'How results print [default: table on a terminal, json otherwise]'
            cand --output 'How results print [default: table on a terminal, json otherwise]'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand -q 'Only log errors'
            cand --quiet 'Only log errors'
            cand -v 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand --verbose 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'doorman;help'= {
            cand init 'Create the database with default settings'
            cand user 'Manage users'
            cand org 'Manage organizations, members, organization roles and scopes'
            cand invite 'Manage organization invitations'
            cand app 'Manage OIDC client applications'
            cand resource 'Manage API resources and their permissions'
            cand connector 'Manage social and enterprise SSO connectors (upstream OIDC / OAuth 2.0 providers)'
            cand role 'Manage roles: sets of API resource permissions for users and M2M apps'
            cand keys 'List and rotate token signing keys'
            cand settings 'Show and change the sign-in experience settings'
            cand seed 'Upsert everything fixture files name (idempotent)'
            cand export 'Print the whole database as a fixture file (or in Logto''s shapes)'
            cand push 'Copy users, organizations, roles and scopes into a Logto-compatible Management API'
            cand pull 'Copy a Logto tenant''s users, organizations, roles and scopes into this database'
            cand outbox 'Show the emails and SMS doorman would have sent'
            cand audit 'Show sign-in, sign-out and admin events'
            cand token 'Mint tokens for a user and app without a browser'
            cand serve 'Run the OpenID Connect provider'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'doorman;help;init'= {
        }
        &'doorman;help;user'= {
            cand create 'Create a user (asks for missing values on a terminal)'
            cand list 'List users in creation order'
            cand show 'Show one user'
            cand update 'Change a user''s profile or password'
            cand set-password 'Set a user''s password (asks on a terminal)'
            cand suspend 'Stop a user from signing in'
            cand unsuspend 'Let a suspended user sign in again'
            cand delete 'Delete a user and everything that belongs to them'
            cand role 'List, assign and take away a user''s roles (USER is an id, email, username or phone)'
            cand mfa 'A user''s second factors: authenticator apps and backup codes'
            cand token 'A user''s personal access tokens, which scripts exchange for access tokens'
            cand identities 'List a user''s linked social and enterprise identities'
            cand unlink 'Unlink a user''s identity at a connector'
        }
        &'doorman;help;user;create'= {
        }
        &'doorman;help;user;list'= {
        }
        &'doorman;help;user;show'= {
        }
        &'doorman;help;user;update'= {
        }
        &'doorman;help;user;set-password'= {
        }
        &'doorman;help;user;suspend'= {
        }
        &'doorman;help;user;unsuspend'= {
        }
        &'doorman;help;user;delete'= {
        }
        &'doorman;help;user;role'= {
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
        }
        &'doorman;help;user;role;list'= {
        }
        &'doorman;help;user;role;add'= {
        }
        &'doorman;help;user;role;remove'= {
        }
        &'doorman;help;user;mfa'= {
            cand list 'List a user''s enrolled factors'
            cand add-totp 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once'
            cand backup-codes 'Make 10 single-use backup codes (replacing any older set); prints them once'
            cand remove 'Remove a factor'
        }
        &'doorman;help;user;mfa;list'= {
        }
        &'doorman;help;user;mfa;add-totp'= {
        }
        &'doorman;help;user;mfa;backup-codes'= {
        }
        &'doorman;help;user;mfa;remove'= {
        }
        &'doorman;help;user;token'= {
            cand create 'Make a personal access token; prints it once'
            cand list 'List a user''s tokens (never the tokens themselves)'
            cand revoke 'Revoke a user''s token by name'
        }
        &'doorman;help;user;token;create'= {
        }
        &'doorman;help;user;token;list'= {
        }
        &'doorman;help;user;token;revoke'= {
        }
        &'doorman;help;user;identities'= {
        }
        &'doorman;help;user;unlink'= {
        }
        &'doorman;help;org'= {
            cand create 'Create an organization'
            cand list 'List organizations'
            cand show 'Show an organization with its member count, roles in use and pending invitations'
            cand update 'Rename or re-describe an organization'
            cand delete 'Delete an organization with its memberships and invitations'
            cand member 'Manage members'
            cand role 'Manage organization roles (shared by all organizations)'
            cand scope 'Manage organization scopes (shared by all organizations)'
        }
        &'doorman;help;org;create'= {
        }
        &'doorman;help;org;list'= {
        }
        &'doorman;help;org;show'= {
        }
        &'doorman;help;org;update'= {
        }
        &'doorman;help;org;delete'= {
        }
        &'doorman;help;org;member'= {
            cand list 'List members in joining order'
            cand add 'Add users or machine-to-machine apps, optionally with roles'
            cand remove 'Remove a member and their roles'
            cand grant 'Grant a role to a member'
            cand revoke 'Take a role from a member'
        }
        &'doorman;help;org;member;list'= {
        }
        &'doorman;help;org;member;add'= {
        }
        &'doorman;help;org;member;remove'= {
        }
        &'doorman;help;org;member;grant'= {
        }
        &'doorman;help;org;member;revoke'= {
        }
        &'doorman;help;org;role'= {
            cand create 'Create a role holding scopes'
            cand list 'List roles with their scopes'
            cand delete 'Delete a role, taking it from every member and invitation'
        }
        &'doorman;help;org;role;create'= {
        }
        &'doorman;help;org;role;list'= {
        }
        &'doorman;help;org;role;delete'= {
        }
        &'doorman;help;org;scope'= {
            cand create 'Create a scope'
            cand list 'List scopes'
            cand delete 'Delete a scope, removing it from every role'
        }
        &'doorman;help;org;scope;create'= {
        }
        &'doorman;help;org;scope;list'= {
        }
        &'doorman;help;org;scope;delete'= {
        }
        &'doorman;help;invite'= {
            cand create 'Invite an email to an organization; prints the invitation and its accept link'
            cand list 'List invitations, newest first'
            cand show 'Show one invitation'
            cand revoke 'Withdraw a pending invitation'
        }
        &'doorman;help;invite;create'= {
        }
        &'doorman;help;invite;list'= {
        }
        &'doorman;help;invite;show'= {
        }
        &'doorman;help;invite;revoke'= {
        }
        &'doorman;help;app'= {
            cand create 'Create an app; prints its client_id, and its client_secret once for web and m2m apps'
            cand list 'List apps'
            cand show 'Show one app'
            cand update 'Change an app; list options replace the whole list'
            cand delete 'Delete an app'
            cand rotate-secret 'Replace a web or m2m app''s secret; prints the new one once'
            cand role 'List, assign and take away an M2M app''s roles (APP is a client id or name)'
        }
        &'doorman;help;app;create'= {
        }
        &'doorman;help;app;list'= {
        }
        &'doorman;help;app;show'= {
        }
        &'doorman;help;app;update'= {
        }
        &'doorman;help;app;delete'= {
        }
        &'doorman;help;app;rotate-secret'= {
        }
        &'doorman;help;app;role'= {
            cand list 'List the roles held'
            cand add 'Assign roles'
            cand remove 'Take a role away'
        }
        &'doorman;help;app;role;list'= {
        }
        &'doorman;help;app;role;add'= {
        }
        &'doorman;help;app;role;remove'= {
        }
        &'doorman;help;resource'= {
            cand create 'Register an API resource: the indicator apps send as `resource`, with its permissions'
            cand list 'List API resources'
            cand show 'Show an API resource with its permissions'
            cand update 'Rename an API resource, change its token lifetime, add or remove permissions'
            cand delete 'Delete an API resource; roles lose its permissions'
        }
        &'doorman;help;resource;create'= {
        }
        &'doorman;help;resource;list'= {
        }
        &'doorman;help;resource;show'= {
        }
        &'doorman;help;resource;update'= {
        }
        &'doorman;help;resource;delete'= {
        }
        &'doorman;help;connector'= {
            cand create 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there'
            cand list 'List connectors'
            cand show 'Show a connector and its callback URL (never its secret)'
            cand update 'Change a connector'
            cand delete 'Delete a connector and unlink its identities'
        }
        &'doorman;help;connector;create'= {
        }
        &'doorman;help;connector;list'= {
        }
        &'doorman;help;connector;show'= {
        }
        &'doorman;help;connector;update'= {
        }
        &'doorman;help;connector;delete'= {
        }
        &'doorman;help;role'= {
            cand create 'Create a role holding API resource permissions'
            cand list 'List roles'
            cand show 'Show a role with its permissions'
            cand update 'Rename or re-describe a role, add or remove permissions'
            cand delete 'Delete a role; its holders lose it'
        }
        &'doorman;help;role;create'= {
        }
        &'doorman;help;role;list'= {
        }
        &'doorman;help;role;show'= {
        }
        &'doorman;help;role;update'= {
        }
        &'doorman;help;role;delete'= {
        }
        &'doorman;help;keys'= {
            cand list 'List signing keys, newest first (never their private parts)'
            cand rotate 'Make a new current key; the old one stays published until its tokens have expired'
        }
        &'doorman;help;keys;list'= {
        }
        &'doorman;help;keys;rotate'= {
        }
        &'doorman;help;settings'= {
            cand show 'Print all settings'
            cand get 'Print one setting by dotted key, e.g. password_policy.min_length'
            cand set 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)'
            cand apply 'Merge a partial settings YAML file into the settings'
            cand edit 'Edit the settings in $VISUAL or $EDITOR'
        }
        &'doorman;help;settings;show'= {
        }
        &'doorman;help;settings;get'= {
        }
        &'doorman;help;settings;set'= {
        }
        &'doorman;help;settings;apply'= {
        }
        &'doorman;help;settings;edit'= {
        }
        &'doorman;help;seed'= {
        }
        &'doorman;help;export'= {
        }
        &'doorman;help;push'= {
        }
        &'doorman;help;pull'= {
        }
        &'doorman;help;outbox'= {
        }
        &'doorman;help;audit'= {
        }
        &'doorman;help;token'= {
            cand issue 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited'
        }
        &'doorman;help;token;issue'= {
        }
        &'doorman;help;serve'= {
        }
        &'doorman;help;completions'= {
        }
        &'doorman;help;help'= {
        }
    ]
    $completions[$command]
}
