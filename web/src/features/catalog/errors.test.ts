import i18next, { type TFunction } from 'i18next';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formErrors } from './errors';
import { messages } from './messages';

async function translator(lng: 'en' | 'sv' | 'nb'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: messages[lng] } } });
  return i18n.t;
}

function refused(
  fields: { field: string; code: string; params?: Record<string, unknown> }[],
): CombinedError {
  return new CombinedError({
    graphQLErrors: [
      new GraphQLError('refused', { extensions: { code: 'BAD_USER_INPUT', fields } }),
    ],
  });
}

describe('catalog form errors', () => {
  it('puts each server problem under its field, translated', async () => {
    const sv = await translator('sv');
    const errors = formErrors(
      sv,
      refused([
        { field: 'values.toDate', code: 'FROM_AFTER_TO' },
        { field: 'values.kind', code: 'NOT_CORRECTABLE' },
        { field: 'signature.password', code: 'WRONG_PASSWORD' },
        { field: 'subjectId', code: 'NOT_IN_MANAGER_CHAIN' },
        { field: 'values.odd', code: 'SOMETHING_NEW' },
      ]),
    );
    expect(errors).toEqual({
      toDate: 'Får inte vara före startdatum',
      kind: 'Fältet får inte ändras',
      '@password': 'Lösenordet stämmer inte',
      '@subjectId': 'Du kan bara beställa åt dina medarbetare',
      odd: 'Det gick inte att skicka. Kontrollera formuläret.',
    });
  });

  it('answers nothing without an error, and speaks Norwegian', async () => {
    const nb = await translator('nb');
    expect(formErrors(nb, undefined)).toEqual({});
    expect(formErrors(nb, refused([{ field: 'reason', code: 'REQUIRED' }]))).toEqual({
      '@reason': 'Påkrevd',
    });
  });

  it('says why an e-ID signing failed, from the hint code of the BankID app', async () => {
    const en = await translator('en');
    const failed = (hintCode: string) =>
      formErrors(
        en,
        refused([{ field: 'signature.orderRef', code: 'EID_FAILED', params: { hintCode } }]),
      )['@password'];
    expect(failed('userCancel')).toBe('The signing was cancelled in the BankID app.');
    expect(failed('expiredTransaction')).toBe(
      'The time to sign in the BankID app ran out. Try again.',
    );
    expect(failed('startFailed')).toBe('The e-ID signing did not go through. Try again.');
    expect(
      formErrors(en, refused([{ field: 'signature.orderRef', code: 'EID_OTHER_PERSON' }])),
    ).toEqual({ '@password': 'The e-ID belongs to someone else' });
  });
});
