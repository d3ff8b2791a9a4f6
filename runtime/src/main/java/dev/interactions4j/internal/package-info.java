/**
 * Not API: support for code the processor generates (parsing and writing helpers, constraint
 * checks, the service session). Public only because generated code lives in the user's packages;
 * no compatibility promise, and nothing here is meant to be called by hand.
 */
package dev.interactions4j.internal;
