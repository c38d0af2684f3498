
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'doorman' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'doorman'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'doorman' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database with default settings')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage organizations, members, organization roles and scopes')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Manage organization invitations')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Manage OIDC client applications')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Manage API resources and their permissions')
            [CompletionResult]::new('connector', 'connector', [CompletionResultType]::ParameterValue, 'Manage social and enterprise SSO connectors (upstream OIDC / OAuth 2.0 providers)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles: sets of API resource permissions for users and M2M apps')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List and rotate token signing keys')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change the sign-in experience settings')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Upsert everything fixture files name (idempotent)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the whole database as a fixture file (or in Logto''s shapes)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Copy users, organizations, roles and scopes into a Logto-compatible Management API')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Copy a Logto tenant''s users, organizations, roles and scopes into this database')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Show the emails and SMS doorman would have sent')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show sign-in, sign-out and admin events')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Mint tokens for a user and app without a browser')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the OpenID Connect provider')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;init' {
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The issuer URL the server will call itself [default: http://localhost:3001/oidc]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete an existing database and start again')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user (asks for missing values on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users in creation order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s profile or password')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (asks on a terminal)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Stop a user from signing in')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Let a suspended user sign in again')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and everything that belongs to them')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, assign and take away a user''s roles (USER is an id, email, username or phone)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'A user''s second factors: authenticator apps and backup codes')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A user''s personal access tokens, which scripts exchange for access tokens')
            [CompletionResult]::new('identities', 'identities', [CompletionResultType]::ParameterValue, 'List a user''s linked social and enterprise identities')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a user''s identity at a connector')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;create' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username: letters, digits and _, not starting with a digit')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number in E.164 form (+14155550100)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--avatar-url', '--avatar-url', [CompletionResultType]::ParameterName, 'Picture URL')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the email verified (or --email-verified=false)')
            [CompletionResult]::new('--phone-verified', '--phone-verified', [CompletionResultType]::ParameterName, 'Mark the phone verified (or --phone-verified=false)')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Set a custom data key to a JSON value, e.g. --custom plan=''"pro"'' (repeatable)')
            [CompletionResult]::new('--test-user', '--test-user', [CompletionResultType]::ParameterName, 'Mark a test user, whom `serve --test-controls` signs in by login_hint without a page (or --test-user=false)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password (visible to other local users; prefer --password-stdin)')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'Import an argon2 PHC string or bcrypt hash as it is')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--no-test-user', '--no-test-user', [CompletionResultType]::ParameterName, 'No longer a test user (the same as --test-user=false)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose username, email, phone or name contains TEXT')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only members of this organization (id or name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N users')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N users')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--suspended', '--suspended', [CompletionResultType]::ParameterName, 'Only suspended users')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;update' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username: letters, digits and _, not starting with a digit')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number in E.164 form (+14155550100)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--avatar-url', '--avatar-url', [CompletionResultType]::ParameterName, 'Picture URL')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the email verified (or --email-verified=false)')
            [CompletionResult]::new('--phone-verified', '--phone-verified', [CompletionResultType]::ParameterName, 'Mark the phone verified (or --phone-verified=false)')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Set a custom data key to a JSON value, e.g. --custom plan=''"pro"'' (repeatable)')
            [CompletionResult]::new('--test-user', '--test-user', [CompletionResultType]::ParameterName, 'Mark a test user, whom `serve --test-controls` signs in by login_hint without a page (or --test-user=false)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password (visible to other local users; prefer --password-stdin)')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'Import an argon2 PHC string or bcrypt hash as it is')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Clear a field (repeatable)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a custom claim to the user''s tokens, NAME=JSON (repeatable)')
            [CompletionResult]::new('--unset-claim', '--unset-claim', [CompletionResultType]::ParameterName, 'Remove a custom claim (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--no-test-user', '--no-test-user', [CompletionResultType]::ParameterName, 'No longer a test user (the same as --test-user=false)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;set-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;unsuspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;role;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;role;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;role;help;list' {
            break
        }
        'doorman;user;role;help;add' {
            break
        }
        'doorman;user;role;help;remove' {
            break
        }
        'doorman;user;role;help;help' {
            break
        }
        'doorman;user;mfa' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled factors')
            [CompletionResult]::new('add-totp', 'add-totp', [CompletionResultType]::ParameterValue, 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'Make 10 single-use backup codes (replacing any older set); prints them once')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a factor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;mfa;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;mfa;add-totp' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Use this base32 secret (at least 128 bits) instead of a new one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;mfa;backup-codes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;mfa;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;mfa;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled factors')
            [CompletionResult]::new('add-totp', 'add-totp', [CompletionResultType]::ParameterValue, 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'Make 10 single-use backup codes (replacing any older set); prints them once')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a factor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;mfa;help;list' {
            break
        }
        'doorman;user;mfa;help;add-totp' {
            break
        }
        'doorman;user;mfa;help;backup-codes' {
            break
        }
        'doorman;user;mfa;help;remove' {
            break
        }
        'doorman;user;mfa;help;help' {
            break
        }
        'doorman;user;token' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a personal access token; prints it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s tokens (never the tokens themselves)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a user''s token by name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;token;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name, unique among the user''s tokens')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'How long it lives, such as 30d [default: until revoked]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;token;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;token;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a personal access token; prints it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s tokens (never the tokens themselves)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a user''s token by name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;token;help;create' {
            break
        }
        'doorman;user;token;help;list' {
            break
        }
        'doorman;user;token;help;revoke' {
            break
        }
        'doorman;user;token;help;help' {
            break
        }
        'doorman;user;identities' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;unlink' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;user;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user (asks for missing values on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users in creation order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s profile or password')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (asks on a terminal)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Stop a user from signing in')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Let a suspended user sign in again')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and everything that belongs to them')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, assign and take away a user''s roles (USER is an id, email, username or phone)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'A user''s second factors: authenticator apps and backup codes')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A user''s personal access tokens, which scripts exchange for access tokens')
            [CompletionResult]::new('identities', 'identities', [CompletionResultType]::ParameterValue, 'List a user''s linked social and enterprise identities')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a user''s identity at a connector')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;user;help;create' {
            break
        }
        'doorman;user;help;list' {
            break
        }
        'doorman;user;help;show' {
            break
        }
        'doorman;user;help;update' {
            break
        }
        'doorman;user;help;set-password' {
            break
        }
        'doorman;user;help;suspend' {
            break
        }
        'doorman;user;help;unsuspend' {
            break
        }
        'doorman;user;help;delete' {
            break
        }
        'doorman;user;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            break
        }
        'doorman;user;help;role;list' {
            break
        }
        'doorman;user;help;role;add' {
            break
        }
        'doorman;user;help;role;remove' {
            break
        }
        'doorman;user;help;mfa' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled factors')
            [CompletionResult]::new('add-totp', 'add-totp', [CompletionResultType]::ParameterValue, 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'Make 10 single-use backup codes (replacing any older set); prints them once')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a factor')
            break
        }
        'doorman;user;help;mfa;list' {
            break
        }
        'doorman;user;help;mfa;add-totp' {
            break
        }
        'doorman;user;help;mfa;backup-codes' {
            break
        }
        'doorman;user;help;mfa;remove' {
            break
        }
        'doorman;user;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a personal access token; prints it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s tokens (never the tokens themselves)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a user''s token by name')
            break
        }
        'doorman;user;help;token;create' {
            break
        }
        'doorman;user;help;token;list' {
            break
        }
        'doorman;user;help;token;revoke' {
            break
        }
        'doorman;user;help;identities' {
            break
        }
        'doorman;user;help;unlink' {
            break
        }
        'doorman;user;help;help' {
            break
        }
        'doorman;org' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organization with its member count, roles in use and pending invitations')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or re-describe an organization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization with its memberships and invitations')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Manage members')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage organization roles (shared by all organizations)')
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Manage organization scopes (shared by all organizations)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--mfa-required', '--mfa-required', [CompletionResultType]::ParameterName, 'Whether members need a second factor (see mfa.organization_required_mfa_policy)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members in joining order')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users or machine-to-machine apps, optionally with roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member and their roles')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a role to a member')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a member')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;member;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N members')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N members')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;member;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role to grant each (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;member;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;member;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;member;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members in joining order')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users or machine-to-machine apps, optionally with roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member and their roles')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a role to a member')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a member')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;member;help;list' {
            break
        }
        'doorman;org;member;help;add' {
            break
        }
        'doorman;org;member;help;remove' {
            break
        }
        'doorman;org;member;help;grant' {
            break
        }
        'doorman;org;member;help;revoke' {
            break
        }
        'doorman;org;member;help;help' {
            break
        }
        'doorman;org;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role holding scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role, taking it from every member and invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;role;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Who it is for: user members, or machine-to-machine app members')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What it is for')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope it holds (repeatable)')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'An API resource permission it holds in organizations, RESOURCE:SCOPE (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;role;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role holding scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role, taking it from every member and invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;role;help;create' {
            break
        }
        'doorman;org;role;help;list' {
            break
        }
        'doorman;org;role;help;delete' {
            break
        }
        'doorman;org;role;help;help' {
            break
        }
        'doorman;org;scope' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a scope')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a scope, removing it from every role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;scope;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What it allows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;scope;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;scope;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;org;scope;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a scope')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a scope, removing it from every role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;scope;help;create' {
            break
        }
        'doorman;org;scope;help;list' {
            break
        }
        'doorman;org;scope;help;delete' {
            break
        }
        'doorman;org;scope;help;help' {
            break
        }
        'doorman;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organization with its member count, roles in use and pending invitations')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or re-describe an organization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization with its memberships and invitations')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Manage members')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage organization roles (shared by all organizations)')
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Manage organization scopes (shared by all organizations)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;org;help;create' {
            break
        }
        'doorman;org;help;list' {
            break
        }
        'doorman;org;help;show' {
            break
        }
        'doorman;org;help;update' {
            break
        }
        'doorman;org;help;delete' {
            break
        }
        'doorman;org;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members in joining order')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users or machine-to-machine apps, optionally with roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member and their roles')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a role to a member')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a member')
            break
        }
        'doorman;org;help;member;list' {
            break
        }
        'doorman;org;help;member;add' {
            break
        }
        'doorman;org;help;member;remove' {
            break
        }
        'doorman;org;help;member;grant' {
            break
        }
        'doorman;org;help;member;revoke' {
            break
        }
        'doorman;org;help;role' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role holding scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role, taking it from every member and invitation')
            break
        }
        'doorman;org;help;role;create' {
            break
        }
        'doorman;org;help;role;list' {
            break
        }
        'doorman;org;help;role;delete' {
            break
        }
        'doorman;org;help;scope' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a scope')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a scope, removing it from every role')
            break
        }
        'doorman;org;help;scope;create' {
            break
        }
        'doorman;org;help;scope;list' {
            break
        }
        'doorman;org;help;scope;delete' {
            break
        }
        'doorman;org;help;help' {
            break
        }
        'doorman;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email to an organization; prints the invitation and its accept link')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Withdraw a pending invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;invite;create' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id or name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The invitee''s email')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role granted on acceptance (repeatable)')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'How long it stays acceptable, such as 7d or 12h [default: 7d]')
            [CompletionResult]::new('--inviter', '--inviter', [CompletionResultType]::ParameterName, 'Who invites (id, email, username or phone)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;invite;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only this organization (id or name)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;invite;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;invite;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;invite;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email to an organization; prints the invitation and its accept link')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Withdraw a pending invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;invite;help;create' {
            break
        }
        'doorman;invite;help;list' {
            break
        }
        'doorman;invite;help;show' {
            break
        }
        'doorman;invite;help;revoke' {
            break
        }
        'doorman;invite;help;help' {
            break
        }
        'doorman;app' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app; prints its client_id, and its client_secret once for web and m2m apps')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one app')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an app; list options replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Replace a web or m2m app''s secret; prints the new one once')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, assign and take away an M2M app''s roles (APP is a client id or name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;app;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Kind of client')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Redirect URI, matched exactly (repeatable)')
            [CompletionResult]::new('--post-logout-redirect-uri', '--post-logout-redirect-uri', [CompletionResultType]::ParameterName, 'Post-logout redirect URI, matched exactly (repeatable)')
            [CompletionResult]::new('--backchannel-logout-uri', '--backchannel-logout-uri', [CompletionResultType]::ParameterName, 'Where back-channel logout tokens are sent')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'A fixed client id [default: random]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--third-party', '--third-party', [CompletionResultType]::ParameterName, 'A third-party app: users are asked for consent')
            [CompletionResult]::new('--device-flow', '--device-flow', [CompletionResultType]::ParameterName, 'Let a native app use the device flow (RFC 8628): a device shows a code that a person types at /device')
            [CompletionResult]::new('--management-api', '--management-api', [CompletionResultType]::ParameterName, 'Give an m2m app the Management API (the role `management`, made on first use)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Redirect URI (repeatable; replaces the list)')
            [CompletionResult]::new('--post-logout-redirect-uri', '--post-logout-redirect-uri', [CompletionResultType]::ParameterName, 'Post-logout redirect URI (repeatable; replaces the list)')
            [CompletionResult]::new('--backchannel-logout-uri', '--backchannel-logout-uri', [CompletionResultType]::ParameterName, 'Back-channel logout URI')
            [CompletionResult]::new('--third-party', '--third-party', [CompletionResultType]::ParameterName, 'Third-party or not (--third-party=false)')
            [CompletionResult]::new('--device-flow', '--device-flow', [CompletionResultType]::ParameterName, 'Device flow on or off, for a native app (--device-flow=false)')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Clear a field (repeatable)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Add a custom claim to the tokens of the app''s users, NAME=JSON (repeatable)')
            [CompletionResult]::new('--unset-claim', '--unset-claim', [CompletionResultType]::ParameterName, 'Remove a custom claim (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;rotate-secret' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;app;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;role;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;role;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;app;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;app;role;help;list' {
            break
        }
        'doorman;app;role;help;add' {
            break
        }
        'doorman;app;role;help;remove' {
            break
        }
        'doorman;app;role;help;help' {
            break
        }
        'doorman;app;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app; prints its client_id, and its client_secret once for web and m2m apps')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one app')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an app; list options replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Replace a web or m2m app''s secret; prints the new one once')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, assign and take away an M2M app''s roles (APP is a client id or name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;app;help;create' {
            break
        }
        'doorman;app;help;list' {
            break
        }
        'doorman;app;help;show' {
            break
        }
        'doorman;app;help;update' {
            break
        }
        'doorman;app;help;delete' {
            break
        }
        'doorman;app;help;rotate-secret' {
            break
        }
        'doorman;app;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            break
        }
        'doorman;app;help;role;list' {
            break
        }
        'doorman;app;help;role;add' {
            break
        }
        'doorman;app;help;role;remove' {
            break
        }
        'doorman;app;help;help' {
            break
        }
        'doorman;resource' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an API resource: the indicator apps send as `resource`, with its permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API resources')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an API resource with its permissions')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API resource, change its token lifetime, add or remove permissions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API resource; roles lose its permissions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;resource;create' {
            [CompletionResult]::new('--indicator', '--indicator', [CompletionResultType]::ParameterName, 'Resource indicator: an absolute URI, the `aud` of its tokens')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A permission, NAME or "NAME: DESCRIPTION" (repeatable)')
            [CompletionResult]::new('--access-token-ttl', '--access-token-ttl', [CompletionResultType]::ParameterName, 'Lifetime of its access tokens, such as 15m or 1h [default: the configured one]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;resource;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;resource;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;resource;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--access-token-ttl', '--access-token-ttl', [CompletionResultType]::ParameterName, 'New access-token lifetime')
            [CompletionResult]::new('--add-scope', '--add-scope', [CompletionResultType]::ParameterName, 'Add (or re-describe) a permission, NAME or "NAME: DESCRIPTION" (repeatable)')
            [CompletionResult]::new('--remove-scope', '--remove-scope', [CompletionResultType]::ParameterName, 'Remove a permission by name (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;resource;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;resource;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an API resource: the indicator apps send as `resource`, with its permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API resources')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an API resource with its permissions')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API resource, change its token lifetime, add or remove permissions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API resource; roles lose its permissions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;resource;help;create' {
            break
        }
        'doorman;resource;help;list' {
            break
        }
        'doorman;resource;help;show' {
            break
        }
        'doorman;resource;help;update' {
            break
        }
        'doorman;resource;help;delete' {
            break
        }
        'doorman;resource;help;help' {
            break
        }
        'doorman;connector' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a connector and its callback URL (never its secret)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connector')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connector and unlink its identities')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;connector;create' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'A fixed id (the last segment of the callback URL) [default: random]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Protocol [default: the preset''s]')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Fill in a well-known provider''s endpoints, scopes and mapping')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer (its discovery document gives the endpoints)')
            [CompletionResult]::new('--authorization-endpoint', '--authorization-endpoint', [CompletionResultType]::ParameterName, 'OAuth 2.0 authorization endpoint')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint')
            [CompletionResult]::new('--userinfo-endpoint', '--userinfo-endpoint', [CompletionResultType]::ParameterName, 'User-info endpoint (OAuth 2.0: where the profile comes from)')
            [CompletionResult]::new('--response-mode', '--response-mode', [CompletionResultType]::ParameterName, 'How the provider sends its answer back (form_post: POSTed to the callback)')
            [CompletionResult]::new('--team-id', '--team-id', [CompletionResultType]::ParameterName, 'Sign in with Apple: your team id (the client secret is then a JWT doorman signs)')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Sign in with Apple: the id of the private key (AuthKey_<ID>.p8)')
            [CompletionResult]::new('--metadata-url', '--metadata-url', [CompletionResultType]::ParameterName, 'SAML: the IdP''s metadata URL (read now; the connector is --kind saml)')
            [CompletionResult]::new('--metadata-file', '--metadata-file', [CompletionResultType]::ParameterName, 'SAML: the IdP''s metadata file')
            [CompletionResult]::new('--idp-initiated', '--idp-initiated', [CompletionResultType]::ParameterName, 'SAML: accept IdP-initiated sign-in (unsolicited responses), landing in --default-app')
            [CompletionResult]::new('--default-app', '--default-app', [CompletionResultType]::ParameterName, 'SAML: the web app an IdP-initiated sign-in continues to (its client id)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The client id registered upstream (not for SAML)')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope to ask for (repeatable) [default: the preset''s, or openid profile email]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Where a profile field comes from: id, email, email_verified, name or avatar = a field (dotted path) of the upstream''s answer (repeatable)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'An email domain the SSO provider owns (repeatable; SAML connectors are always SSO)')
            [CompletionResult]::new('--jit-org', '--jit-org', [CompletionResultType]::ParameterName, 'An organization its users join, with an organization role; with GROUP=, only the users the IdP puts in that group (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from the first line of stdin')
            [CompletionResult]::new('--sso', '--sso', [CompletionResultType]::ParameterName, 'Enterprise SSO: chosen by the email''s domain instead of a button')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;connector;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;connector;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;connector;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer (its discovery document gives the endpoints)')
            [CompletionResult]::new('--authorization-endpoint', '--authorization-endpoint', [CompletionResultType]::ParameterName, 'OAuth 2.0 authorization endpoint')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint')
            [CompletionResult]::new('--userinfo-endpoint', '--userinfo-endpoint', [CompletionResultType]::ParameterName, 'User-info endpoint (OAuth 2.0: where the profile comes from)')
            [CompletionResult]::new('--response-mode', '--response-mode', [CompletionResultType]::ParameterName, 'How the provider sends its answer back (form_post: POSTed to the callback)')
            [CompletionResult]::new('--team-id', '--team-id', [CompletionResultType]::ParameterName, 'Sign in with Apple: your team id (the client secret is then a JWT doorman signs)')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Sign in with Apple: the id of the private key (AuthKey_<ID>.p8)')
            [CompletionResult]::new('--metadata-url', '--metadata-url', [CompletionResultType]::ParameterName, 'SAML: the IdP''s metadata URL (read now; the connector is --kind saml)')
            [CompletionResult]::new('--metadata-file', '--metadata-file', [CompletionResultType]::ParameterName, 'SAML: the IdP''s metadata file')
            [CompletionResult]::new('--idp-initiated', '--idp-initiated', [CompletionResultType]::ParameterName, 'SAML: accept IdP-initiated sign-in (unsolicited responses), landing in --default-app')
            [CompletionResult]::new('--default-app', '--default-app', [CompletionResultType]::ParameterName, 'SAML: the web app an IdP-initiated sign-in continues to (its client id)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'New client id')
            [CompletionResult]::new('--private-key-file', '--private-key-file', [CompletionResultType]::ParameterName, 'Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Replace the scopes (repeatable)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Change where a profile field comes from (repeatable)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Replace the SSO domains (repeatable)')
            [CompletionResult]::new('--jit-org', '--jit-org', [CompletionResultType]::ParameterName, 'Replace the JIT organizations (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read a new client secret from the first line of stdin')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;connector;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;connector;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a connector and its callback URL (never its secret)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connector')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connector and unlink its identities')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;connector;help;create' {
            break
        }
        'doorman;connector;help;list' {
            break
        }
        'doorman;connector;help;show' {
            break
        }
        'doorman;connector;help;update' {
            break
        }
        'doorman;connector;help;delete' {
            break
        }
        'doorman;connector;help;help' {
            break
        }
        'doorman;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role holding API resource permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role with its permissions')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or re-describe a role, add or remove permissions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; its holders lose it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;role;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Who it is for: users, or machine-to-machine apps')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission, RESOURCE:SCOPE with the resource''s indicator or name (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What it is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;role;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;role;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--add-permission', '--add-permission', [CompletionResultType]::ParameterName, 'Add a permission, RESOURCE:SCOPE (repeatable)')
            [CompletionResult]::new('--remove-permission', '--remove-permission', [CompletionResultType]::ParameterName, 'Remove a permission, RESOURCE:SCOPE (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;role;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role holding API resource permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role with its permissions')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or re-describe a role, add or remove permissions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; its holders lose it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;role;help;create' {
            break
        }
        'doorman;role;help;list' {
            break
        }
        'doorman;role;help;show' {
            break
        }
        'doorman;role;help;update' {
            break
        }
        'doorman;role;help;delete' {
            break
        }
        'doorman;role;help;help' {
            break
        }
        'doorman;keys' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List signing keys, newest first (never their private parts)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new current key; the old one stays published until its tokens have expired')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;keys;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;keys;rotate' {
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Algorithm of the new key')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'How long the old key stays published, such as 1h [default: until every token it signed has expired]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;keys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List signing keys, newest first (never their private parts)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new current key; the old one stays published until its tokens have expired')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;keys;help;list' {
            break
        }
        'doorman;keys;help;rotate' {
            break
        }
        'doorman;keys;help;help' {
            break
        }
        'doorman;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print all settings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting by dotted key, e.g. password_policy.min_length')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Merge a partial settings YAML file into the settings')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the settings in $VISUAL or $EDITOR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;settings;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;settings;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;settings;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;settings;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;settings;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print all settings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting by dotted key, e.g. password_policy.min_length')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Merge a partial settings YAML file into the settings')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the settings in $VISUAL or $EDITOR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;settings;help;show' {
            break
        }
        'doorman;settings;help;get' {
            break
        }
        'doorman;settings;help;set' {
            break
        }
        'doorman;settings;help;apply' {
            break
        }
        'doorman;settings;help;edit' {
            break
        }
        'doorman;settings;help;help' {
            break
        }
        'doorman;seed' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would change without writing anything')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'doorman''s fixture format, or Logto''s Management API shapes (JSON)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--with-secrets', '--with-secrets', [CompletionResultType]::ParameterName, 'Include password hashes (handle the output as a secret)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;push' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The Management API''s server (its issuer''s origin), e.g. https://tenant.logto.app')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'A machine-to-machine app there with the Management API''s role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the app''s secret from the first line of stdin')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;pull' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The Management API''s server (its issuer''s origin), e.g. https://tenant.logto.app')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'A machine-to-machine app there with the Management API''s role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the app''s secret from the first line of stdin')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;outbox' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only messages to this email address or phone number')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Only the newest message')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;audit' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only events about this user (id, email, username or phone)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N events, newest first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;token' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;token;issue' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app (client id or name)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope (repeatable) [default: openid profile email]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'An API resource: the access token becomes a JWT for it')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'An organization: the access token becomes an organization token')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Token lifetime, such as 15m or 1h (at most 1d) [default: the configured lifetimes]')
            [CompletionResult]::new('--amr', '--amr', [CompletionResultType]::ParameterName, 'How the ID token says the user signed in, an RFC 8176 value such as pwd, otp or mfa (repeatable) [default: pwd]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The issuer to sign as [default: the config''s, else the last `serve`''s, else init''s]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;token;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;token;help;issue' {
            break
        }
        'doorman;token;help;help' {
            break
        }
        'doorman;serve' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Interface to listen on [default: server.host from the config, else 127.0.0.1]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on; 0 picks a free one [default: server.port, else 3001]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The issuer URL [default: from the config, else http://localhost:PORT/oidc]')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed these fixtures at start, as `doorman seed` does (repeatable; /dev/reset returns to them)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate chain (with --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--test-controls', '--test-controls', [CompletionResultType]::ParameterName, 'Turn on the test controls under /dev/ (clock, scripted outcomes, headless sign-in of test users, reset); loopback only [default: server.test_controls]')
            [CompletionResult]::new('--tls-self-signed', '--tls-self-signed', [CompletionResultType]::ParameterName, 'Serve HTTPS with a certificate doorman makes for the issuer''s host (and a local CA to trust, doorman-tls/ca.pem beside the database), kept for the next start')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file; created with its schema on first use [default: ./doorman.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ./doorman.yaml if it exists]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How results print [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only log errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'doorman;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database with default settings')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage organizations, members, organization roles and scopes')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Manage organization invitations')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Manage OIDC client applications')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Manage API resources and their permissions')
            [CompletionResult]::new('connector', 'connector', [CompletionResultType]::ParameterValue, 'Manage social and enterprise SSO connectors (upstream OIDC / OAuth 2.0 providers)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles: sets of API resource permissions for users and M2M apps')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List and rotate token signing keys')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change the sign-in experience settings')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Upsert everything fixture files name (idempotent)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the whole database as a fixture file (or in Logto''s shapes)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Copy users, organizations, roles and scopes into a Logto-compatible Management API')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Copy a Logto tenant''s users, organizations, roles and scopes into this database')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Show the emails and SMS doorman would have sent')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show sign-in, sign-out and admin events')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Mint tokens for a user and app without a browser')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the OpenID Connect provider')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'doorman;help;init' {
            break
        }
        'doorman;help;user' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user (asks for missing values on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users in creation order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s profile or password')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (asks on a terminal)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Stop a user from signing in')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Let a suspended user sign in again')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and everything that belongs to them')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, assign and take away a user''s roles (USER is an id, email, username or phone)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'A user''s second factors: authenticator apps and backup codes')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'A user''s personal access tokens, which scripts exchange for access tokens')
            [CompletionResult]::new('identities', 'identities', [CompletionResultType]::ParameterValue, 'List a user''s linked social and enterprise identities')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a user''s identity at a connector')
            break
        }
        'doorman;help;user;create' {
            break
        }
        'doorman;help;user;list' {
            break
        }
        'doorman;help;user;show' {
            break
        }
        'doorman;help;user;update' {
            break
        }
        'doorman;help;user;set-password' {
            break
        }
        'doorman;help;user;suspend' {
            break
        }
        'doorman;help;user;unsuspend' {
            break
        }
        'doorman;help;user;delete' {
            break
        }
        'doorman;help;user;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            break
        }
        'doorman;help;user;role;list' {
            break
        }
        'doorman;help;user;role;add' {
            break
        }
        'doorman;help;user;role;remove' {
            break
        }
        'doorman;help;user;mfa' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s enrolled factors')
            [CompletionResult]::new('add-totp', 'add-totp', [CompletionResultType]::ParameterValue, 'Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'Make 10 single-use backup codes (replacing any older set); prints them once')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a factor')
            break
        }
        'doorman;help;user;mfa;list' {
            break
        }
        'doorman;help;user;mfa;add-totp' {
            break
        }
        'doorman;help;user;mfa;backup-codes' {
            break
        }
        'doorman;help;user;mfa;remove' {
            break
        }
        'doorman;help;user;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a personal access token; prints it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a user''s tokens (never the tokens themselves)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a user''s token by name')
            break
        }
        'doorman;help;user;token;create' {
            break
        }
        'doorman;help;user;token;list' {
            break
        }
        'doorman;help;user;token;revoke' {
            break
        }
        'doorman;help;user;identities' {
            break
        }
        'doorman;help;user;unlink' {
            break
        }
        'doorman;help;org' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organization with its member count, roles in use and pending invitations')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or re-describe an organization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization with its memberships and invitations')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Manage members')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage organization roles (shared by all organizations)')
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Manage organization scopes (shared by all organizations)')
            break
        }
        'doorman;help;org;create' {
            break
        }
        'doorman;help;org;list' {
            break
        }
        'doorman;help;org;show' {
            break
        }
        'doorman;help;org;update' {
            break
        }
        'doorman;help;org;delete' {
            break
        }
        'doorman;help;org;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members in joining order')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users or machine-to-machine apps, optionally with roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member and their roles')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a role to a member')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a member')
            break
        }
        'doorman;help;org;member;list' {
            break
        }
        'doorman;help;org;member;add' {
            break
        }
        'doorman;help;org;member;remove' {
            break
        }
        'doorman;help;org;member;grant' {
            break
        }
        'doorman;help;org;member;revoke' {
            break
        }
        'doorman;help;org;role' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role holding scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role, taking it from every member and invitation')
            break
        }
        'doorman;help;org;role;create' {
            break
        }
        'doorman;help;org;role;list' {
            break
        }
        'doorman;help;org;role;delete' {
            break
        }
        'doorman;help;org;scope' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a scope')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scopes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a scope, removing it from every role')
            break
        }
        'doorman;help;org;scope;create' {
            break
        }
        'doorman;help;org;scope;list' {
            break
        }
        'doorman;help;org;scope;delete' {
            break
        }
        'doorman;help;invite' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email to an organization; prints the invitation and its accept link')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Withdraw a pending invitation')
            break
        }
        'doorman;help;invite;create' {
            break
        }
        'doorman;help;invite;list' {
            break
        }
        'doorman;help;invite;show' {
            break
        }
        'doorman;help;invite;revoke' {
            break
        }
        'doorman;help;app' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app; prints its client_id, and its client_secret once for web and m2m apps')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one app')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an app; list options replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Replace a web or m2m app''s secret; prints the new one once')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, assign and take away an M2M app''s roles (APP is a client id or name)')
            break
        }
        'doorman;help;app;create' {
            break
        }
        'doorman;help;app;list' {
            break
        }
        'doorman;help;app;show' {
            break
        }
        'doorman;help;app;update' {
            break
        }
        'doorman;help;app;delete' {
            break
        }
        'doorman;help;app;rotate-secret' {
            break
        }
        'doorman;help;app;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles held')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Assign roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a role away')
            break
        }
        'doorman;help;app;role;list' {
            break
        }
        'doorman;help;app;role;add' {
            break
        }
        'doorman;help;app;role;remove' {
            break
        }
        'doorman;help;resource' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an API resource: the indicator apps send as `resource`, with its permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API resources')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an API resource with its permissions')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API resource, change its token lifetime, add or remove permissions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API resource; roles lose its permissions')
            break
        }
        'doorman;help;resource;create' {
            break
        }
        'doorman;help;resource;list' {
            break
        }
        'doorman;help;resource;show' {
            break
        }
        'doorman;help;resource;update' {
            break
        }
        'doorman;help;resource;delete' {
            break
        }
        'doorman;help;connector' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a connector and its callback URL (never its secret)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connector')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connector and unlink its identities')
            break
        }
        'doorman;help;connector;create' {
            break
        }
        'doorman;help;connector;list' {
            break
        }
        'doorman;help;connector;show' {
            break
        }
        'doorman;help;connector;update' {
            break
        }
        'doorman;help;connector;delete' {
            break
        }
        'doorman;help;role' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role holding API resource permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role with its permissions')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or re-describe a role, add or remove permissions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; its holders lose it')
            break
        }
        'doorman;help;role;create' {
            break
        }
        'doorman;help;role;list' {
            break
        }
        'doorman;help;role;show' {
            break
        }
        'doorman;help;role;update' {
            break
        }
        'doorman;help;role;delete' {
            break
        }
        'doorman;help;keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List signing keys, newest first (never their private parts)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new current key; the old one stays published until its tokens have expired')
            break
        }
        'doorman;help;keys;list' {
            break
        }
        'doorman;help;keys;rotate' {
            break
        }
        'doorman;help;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print all settings')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting by dotted key, e.g. password_policy.min_length')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting; VALUE is YAML (8, true, "[email, phone]", null)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Merge a partial settings YAML file into the settings')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the settings in $VISUAL or $EDITOR')
            break
        }
        'doorman;help;settings;show' {
            break
        }
        'doorman;help;settings;get' {
            break
        }
        'doorman;help;settings;set' {
            break
        }
        'doorman;help;settings;apply' {
            break
        }
        'doorman;help;settings;edit' {
            break
        }
        'doorman;help;seed' {
            break
        }
        'doorman;help;export' {
            break
        }
        'doorman;help;push' {
            break
        }
        'doorman;help;pull' {
            break
        }
        'doorman;help;outbox' {
            break
        }
        'doorman;help;audit' {
            break
        }
        'doorman;help;token' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited')
            break
        }
        'doorman;help;token;issue' {
            break
        }
        'doorman;help;serve' {
            break
        }
        'doorman;help;completions' {
            break
        }
        'doorman;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
