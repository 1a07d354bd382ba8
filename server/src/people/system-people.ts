/**
 * The username of each municipality's stand-in caller for mail from an address no person has.
 * It is an account no one signs in to, so it is left out of the staff search.
 */
export const UNKNOWN_SENDER_USERNAME = 'linje-unknown-sender';
