/**
 * What the readers of edited documents share, whatever the format: the checks of a ZIP archive before it is
 * opened, the problems found with their places, and the reading of an entry's lines, dates, links and languages
 * from paragraphs already taken out of the document. Not exported: the formats' readers are the API.
 */
package io.github.bulletinkit.reading;
