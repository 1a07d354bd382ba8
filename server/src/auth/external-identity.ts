/**
 * The seam for single sign-on (municipalities use Entra ID over OpenID Connect).
 *
 * An OIDC callback (e.g. with `openid-client`: authorization code + PKCE, then
 * `claims()` from the validated ID token) produces an `ExternalIdentity` and hands it to
 * `SessionService.signInWithExternalIdentity`, which matches it to a registered person,
 * applies the same account rules as a password sign-in (activation, end date, switched
 * off) and opens the same kind of session cookie. Nothing else in Linje needs to know how
 * a person signed in.
 */
export interface ExternalIdentity {
  /** The issuer URL of the identity provider, e.g. https://login.microsoftonline.com/<tenant>/v2.0. */
  issuer: string;
  /** The provider's stable subject id. */
  subject: string;
  /** The verified work e-mail (Entra ID: `email` or `preferred_username`). */
  email: string | null;
}
