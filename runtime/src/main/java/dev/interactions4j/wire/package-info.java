/**
 * The Interactions API wire model: immutable records for requests, interactions, steps, content,
 * tools and stream events, and {@link dev.interactions4j.wire.WireJson}, their reflection-free codec.
 *
 * <p>Conventions: a {@code null} component means the field is absent on the wire; list components
 * are never {@code null}; enum-like values are open strings; every discriminated family has an
 * {@code Unknown} variant that keeps the raw JSON of types this version does not know.
 */
package dev.interactions4j.wire;
