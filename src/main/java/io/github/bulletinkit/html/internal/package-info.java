/**
 * What the web page and the email's HTML part share: how the layout plan's blocks become jsoup elements and
 * how its styles become CSS. Not exported; not part of the API.
 */
package io.github.bulletinkit.html.internal;
