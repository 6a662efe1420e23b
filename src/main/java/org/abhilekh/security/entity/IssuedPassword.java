package org.abhilekh.security.entity;

/** An account with the one-time password it was just given: shown once to the administrator, never stored in clear. */
public record IssuedPassword(AccountView account, String oneTimePassword) {
}
