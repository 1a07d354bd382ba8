import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { checkPassword, type PasswordOwner, type PasswordPolicy } from '@linje/shared';
import { useTranslation } from 'react-i18next';

interface Rule {
  key: string;
  label: string;
  met: boolean;
}

/** Which of the policy's rules a password meets, judged in the browser by the server's own code. */
export function passwordRules(
  t: (key: string, options?: Record<string, unknown>) => string,
  policy: PasswordPolicy,
  owner: PasswordOwner,
  password: string,
  confirmation: string,
): Rule[] {
  const result = checkPassword(policy, password, owner);
  const failed = new Set(result.reasons.map((r) => r.code));
  const rules: Rule[] = [
    {
      key: 'length',
      label: t('account.rules.length', { min: policy.minLength }),
      met: password.length > 0 && !failed.has('TOO_SHORT') && !failed.has('TOO_LONG'),
    },
  ];
  if (policy.requiredClasses > 0) {
    rules.push({
      key: 'classes',
      label: t('account.rules.classes', { count: policy.requiredClasses }),
      met: password.length > 0 && !failed.has('TOO_FEW_CLASSES'),
    });
  }
  if (policy.forbiddenCharacters) {
    rules.push({
      key: 'forbidden',
      label: t('account.rules.forbidden', { chars: [...policy.forbiddenCharacters].join(' ') }),
      met: password.length > 0 && !failed.has('FORBIDDEN_CHARACTER'),
    });
  }
  if (policy.forbidNameParts) {
    rules.push({
      key: 'name',
      label: t('account.rules.name'),
      met: password.length > 0 && !failed.has('CONTAINS_NAME') && !failed.has('CONTAINS_USERNAME'),
    });
  }
  rules.push({
    key: 'match',
    label: t('account.rules.match'),
    met: password.length > 0 && password === confirmation,
  });
  return rules;
}

export function PasswordRules(props: {
  policy: PasswordPolicy;
  owner: PasswordOwner;
  password: string;
  confirmation: string;
}) {
  const { t } = useTranslation();
  const rules = passwordRules(t, props.policy, props.owner, props.password, props.confirmation);
  return (
    <div>
      <Text size="sm" fw={600} id="password-rules-title">
        {t('account.rulesTitle')}
      </Text>
      <List
        size="sm"
        spacing={4}
        aria-labelledby="password-rules-title"
        data-testid="password-rules"
        aria-live="polite"
      >
        {rules.map((rule) => (
          <List.Item
            key={rule.key}
            data-rule={rule.key}
            data-met={rule.met}
            icon={
              <ThemeIcon color={rule.met ? 'green.8' : 'gray.7'} size={18} radius="xl">
                {rule.met ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
              </ThemeIcon>
            }
          >
            {rule.label}
            <VisuallyHidden>
              {' '}
              ({rule.met ? t('account.ruleMet') : t('account.ruleNotMet')})
            </VisuallyHidden>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

export function allRulesMet(
  policy: PasswordPolicy,
  owner: PasswordOwner,
  password: string,
  confirmation: string,
): boolean {
  return checkPassword(policy, password, owner).ok && password === confirmation;
}
