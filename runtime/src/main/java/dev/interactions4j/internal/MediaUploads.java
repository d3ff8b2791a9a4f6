package dev.interactions4j.internal;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.MediaData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Moves the inline media of a request to the Files API when there is more of it than the client's
 * {@link GeminiClient#inlineMediaLimit()}: the largest first, until what stays inline fits. Each
 * upload is awaited until {@code ACTIVE}, then the content refers to it by URI with its MIME type;
 * small media stays inline. A file uploaded once is reused by later calls of the same client
 * ({@code GeminiFiles.reuseOrUpload}).
 */
final class MediaUploads {
  /** How long an uploaded file may stay {@code PROCESSING} (videos take a while) before the call fails. */
  static final Duration PROCESSING_DEADLINE = Duration.ofMinutes(10);

  private MediaUploads() {}

  static InteractionRequest uploadLarge(GeminiClient client, InteractionRequest request) {
    if (!(request.input() instanceof Input.ContentInput input)) {
      return request;
    }
    List<Content> parts = new ArrayList<>(input.content());
    long[] sizes = parts.stream().mapToLong(part -> Content.inlineData(part) == null ? 0 : Content.inlineData(part).size()).toArray();
    long inline = java.util.Arrays.stream(sizes).sum();
    long limit = client.inlineMediaLimit();
    if (inline <= limit) {
      return request;
    }
    List<Integer> largestFirst = IntStream.range(0, parts.size()).filter(i -> sizes[i] > 0).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed()).toList();
    for (int i : largestFirst) {
      if (inline <= limit) {
        break;
      }
      parts.set(i, uploaded(client, parts.get(i)));
      inline -= sizes[i];
    }
    return request.toBuilder().input(Input.content(parts)).build();
  }

  private static Content uploaded(GeminiClient client, Content part) {
    MediaData data = Content.inlineData(part);
    String mimeType = mimeTypeOf(part);
    UploadOptions options = UploadOptions.defaults().withMimeType(mimeType);
    GeminiFile file;
    if (data.isFile()) {
      // The same file in the next call (a conversation's, say) is not uploaded again.
      file = client.files().reuseOrUpload(data.file(), options.withDisplayName(data.file().getFileName().toString()),
          PROCESSING_DEADLINE);
    } else {
      try (InputStream in = data.openStream()) {
        file = client.files().awaitActive(client.files().upload(in, data.size(), options), PROCESSING_DEADLINE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String uri = file.uri();
    if (part instanceof Content.Image image) {
      return new Content.Image(null, uri, mimeType, image.resolution());
    }
    if (part instanceof Content.Audio audio) {
      return new Content.Audio(null, uri, mimeType, audio.sampleRate(), audio.channels());
    }
    if (part instanceof Content.Video video) {
      return new Content.Video(null, uri, mimeType, video.resolution(), video.processing());
    }
    return new Content.Document(null, uri, mimeType);
  }


  private static String mimeTypeOf(Content part) {
    String type = part instanceof Content.Image image ? image.mimeType() : part instanceof Content.Audio audio ? audio.mimeType()
        : part instanceof Content.Video video ? video.mimeType() : ((Content.Document) part).mimeType();
    return type == null ? "application/octet-stream" : type;
  }
}
