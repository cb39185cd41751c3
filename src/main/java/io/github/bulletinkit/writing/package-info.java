/**
 * What the writers of XML formats share: a part's XML written as it comes, with the JDK's streaming writer. Not
 * exported: the formats' renderers are the API.
 */
package io.github.bulletinkit.writing;
