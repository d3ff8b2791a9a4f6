package dev.interactions4j;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Captures, formatted, every record the library logs during a test, with its logger at ALL. */
final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  private final Logger logger = Logger.getLogger("dev.interactions4j");
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      logged.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previousLevel;

  /** The records logged so far in this test. */
  List<String> logged() {
    return logged;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    logged.clear();
    previousLevel = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    logger.removeHandler(capture);
    logger.setLevel(previousLevel);
  }
}
