/**
 * The Files API's values: {@link dev.interactions4j.files.GeminiFile} (an uploaded or registered
 * file, to send by its URI), its {@link dev.interactions4j.files.FileState} and {@link
 * dev.interactions4j.files.FileSource}, the {@link dev.interactions4j.files.UploadOptions} of an
 * upload and its {@link dev.interactions4j.files.UploadListener}. The calls themselves are on
 * {@link dev.interactions4j.GeminiFiles}, from {@code GeminiClient.files()}.
 */
package dev.interactions4j.files;
