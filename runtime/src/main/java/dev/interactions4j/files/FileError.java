package dev.interactions4j.files;

/**
 * Why a file's processing failed: the {@code error} of a {@code FAILED} file, a {@code
 * google.rpc.Status}.
 *
 * @param code the RPC code (e.g. 3 for {@code INVALID_ARGUMENT}), or 0 when not given
 * @param message the server's explanation, or null
 * @param detailsJson the {@code details} array as JSON text ({@code []} when none)
 */
public record FileError(int code, String message, String detailsJson) {}
