/**
 * What the JSON readers of bulletins and themes share: the walk over an object's properties and the problems
 * found on the way, each at its place. Not exported: not part of the API.
 */
package io.github.bulletinkit.json.internal;
