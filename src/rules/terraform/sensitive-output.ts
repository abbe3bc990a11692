import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';
import { isSecretName } from './support/secrets.js';

/** Attributes of resources that hold a secret (`aws_db_instance.main.password`, `random_password.x.result`). */
const SECRET_ATTRIBUTES: Record<string, string[]> = {
  random_password: ['result', 'bcrypt_hash'],
  tls_private_key: ['private_key_pem', 'private_key_openssh', 'private_key_pem_pkcs8'],
  aws_iam_access_key: ['secret', 'ses_smtp_password_v4'],
  aws_db_instance: ['password'],
  aws_rds_cluster: ['master_password'],
  aws_secretsmanager_secret_version: ['secret_string', 'secret_binary'],
  azurerm_storage_account: ['primary_access_key', 'secondary_access_key', 'primary_connection_string'],
  google_service_account_key: ['private_key'],
};

export default defineRule({
  meta: {
    id: 'tf/sensitive-output',
    domain: 'terraform',
    description: 'An output that carries a secret is marked `sensitive = true`.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      unmarked:
        'Output `{{name}}` carries {{what}} but is not `sensitive = true`: `terraform apply` and `terraform output` print it into CI logs.',
    },
  },
  create(context) {
    return {
      output(output) {
        const value = output.attributes.get('value');
        const name = output.labels[0] ?? '';
        if (!value) return;
        inModule(context, (module) => {
          if (module.is(output.attributes.get('sensitive')?.value, true)) return;
          let what: string | undefined;
          for (const reference of value.value.references) {
            const [root, second] = reference.split('.');
            if (root === 'var' && second) {
              const variable = module.variables.get(second);
              if (variable && module.is(variable.attributes.get('sensitive')?.value, true))
                what = `the sensitive variable \`${second}\``;
            }
          }
          // A resource attribute that holds a secret: the reference names only the resource, so read the text.
          for (const [type, attributes] of Object.entries(SECRET_ATTRIBUTES)) {
            const match = new RegExp(`\\b${type}\\.[\\w-]+(?:\\[[^\\]]*\\])?\\.(${attributes.join('|')})\\b`).exec(
              value.value.text,
            );
            if (match) what ??= `\`${type}.…${match[1]}\``;
          }
          if (!what && isSecretName(name) && value.value.kind === 'reference') what = 'a value named like a secret';
          if (what) context.report({ at: output, messageId: 'unmarked', data: { name, what } });
        });
      },
    };
  },
});
