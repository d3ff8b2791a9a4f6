/**
 * Runtime support for {@link dev.interactions4j.GeminiOutput} types: the {@link
 * dev.interactions4j.output.OutputType} descriptor the client accepts, the streaming helpers that
 * generated parsers and writers call, constraint checks, and {@link
 * dev.interactions4j.output.OutputMismatchException}. Nothing here uses reflection.
 */
package dev.interactions4j.output;
