/**
 * The email renderer: {@link io.github.bulletinkit.email.EmailRenderer} lays a bulletin out as a draft
 * email, a MIME message with a plain-text and an HTML part. Every call into Jakarta Mail lives in this package.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.email;
