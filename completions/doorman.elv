
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
            cand settings 'Show and change the sign-in experience settings'
            cand seed 'Upsert everything fixture files name (idempotent)'
            cand export 'Print the whole database as a fixture file'
            cand outbox 'Show the emails and SMS doorman would have sent'
            cand audit 'Show sign-in, sign-out and admin events'
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
            cand --password 'The password (visible to other local users; prefer --password-stdin)'
            cand --password-hash 'Import an argon2 PHC string or bcrypt hash as it is'
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
        &'doorman;user;list'= {
            cand --search 'Only users whose username, email, phone or name contains TEXT'
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
            cand --password 'The password (visible to other local users; prefer --password-stdin)'
            cand --password-hash 'Import an argon2 PHC string or bcrypt hash as it is'
            cand --unset 'Clear a field (repeatable)'
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
        &'doorman;user;help'= {
            cand create 'Create a user (asks for missing values on a terminal)'
            cand list 'List users in creation order'
            cand show 'Show one user'
            cand update 'Change a user''s profile or password'
            cand set-password 'Set a user''s password (asks on a terminal)'
            cand suspend 'Stop a user from signing in'
            cand unsuspend 'Let a suspended user sign in again'
            cand delete 'Delete a user and everything that belongs to them'
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
        &'doorman;user;help;help'= {
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
            cand settings 'Show and change the sign-in experience settings'
            cand seed 'Upsert everything fixture files name (idempotent)'
            cand export 'Print the whole database as a fixture file'
            cand outbox 'Show the emails and SMS doorman would have sent'
            cand audit 'Show sign-in, sign-out and admin events'
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
        &'doorman;help;outbox'= {
        }
        &'doorman;help;audit'= {
        }
        &'doorman;help;completions'= {
        }
        &'doorman;help;help'= {
        }
    ]
    $completions[$command]
}
