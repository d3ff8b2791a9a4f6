package dev.interactions4j;

import dev.interactions4j.files.GeminiFile;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The files of a listing, each page fetched when the iteration reaches it (none before the first {@code hasNext}). */
final class FilePages implements Iterator<GeminiFile> {
  private final Function<String, GeminiFiles.Page> fetch;
  private Iterator<GeminiFile> current = List.<GeminiFile>of().iterator();
  private String next;
  private boolean fetched;

  /** @param fetch the page after a token (null for the first) */
  FilePages(Function<String, GeminiFiles.Page> fetch) {
    this.fetch = fetch;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && (!fetched || next != null)) {
      GeminiFiles.Page page = fetch.apply(next);
      fetched = true;
      next = page.nextPageToken();
      current = page.files().iterator();
    }
    return current.hasNext();
  }

  @Override
  public GeminiFile next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
