package dev.interactions4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose: each request is answered by a script
 * writing raw bytes to the socket (stalls, trickles, lying lengths, endless lines). One thread a
 * connection, each answer closes its connection. Its threads are named {@code hostile-*}, so the
 * client's own threads can be told apart.
 */
final class HostileServer implements AutoCloseable {
  /** Answers one request by writing to {@code out}; may block (a stall) until the client hangs up. */
  @FunctionalInterface
  interface Script {
    void answer(Request request, Exchange out) throws Exception;
  }

  /** A request as received; header names lower-cased. */
  record Request(int number, String method, String target, Map<String, String> headers, byte[] body) {
    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** The connection of one request. */
  static final class Exchange {
    private final Socket socket;
    private final OutputStream out;
    private final AtomicLong written;

    Exchange(Socket socket, AtomicLong written) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
      this.written = written;
    }

    /** The status line and headers (plus {@code Connection: close}). */
    Exchange head(int status, String... headers) throws IOException {
      StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
      for (String header : headers) {
        text.append(header).append("\r\n");
      }
      text.append("Connection: close\r\n\r\n");
      return write(text.toString());
    }

    Exchange write(String text) throws IOException {
      return write(text.getBytes(StandardCharsets.UTF_8));
    }

    Exchange write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
      written.addAndGet(bytes.length);
      return this;
    }

    /** A whole answer with its length. */
    void answer(int status, String contentType, String body, String... headers) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String[] all = new String[headers.length + 2];
      all[0] = "Content-Type: " + contentType;
      all[1] = "Content-Length: " + bytes.length;
      System.arraycopy(headers, 0, all, 2, headers.length);
      head(status, all).write(bytes);
    }

    /** Waits until the client hangs up (or the server closes); the stall every hang test needs. */
    void stall() throws IOException {
      InputStream in = socket.getInputStream();
      while (in.read() >= 0) {
        // discard
      }
    }

    /** {@code bytes} written one at a time, {@code pause} apart, until the client hangs up. */
    void trickle(byte[] bytes, Duration pause) throws IOException, InterruptedException {
      for (byte b : bytes) {
        write(new byte[] {b});
        Thread.sleep(pause.toMillis());
      }
    }
  }

  /** A small completed interaction answer. */
  static String answer(String id, String text) {
    return "{\"id\":\"" + id + "\",\"status\":\"completed\",\"steps\":[{\"type\":\"model_output\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"" + text + "\"}]}],\"object\":\"interaction\"}";
  }

  /** One server-sent event with its id. */
  static String event(String eventId, String type, String json) {
    String data = json.substring(0, json.length() - 1) + ",\"event_id\":\"" + eventId + "\",\"event_type\":\"" + type + "\"}";
    return "event: " + type + "\ndata: " + data + "\n\n";
  }

  static String created(String eventId, String id) {
    return event(eventId, "interaction.created", "{\"interaction\":{\"id\":\"" + id + "\",\"status\":\"in_progress\"}}");
  }

  static String textDelta(String eventId, String text) {
    return event(eventId, "step.delta", "{\"index\":0,\"delta\":{\"type\":\"text\",\"text\":\"" + text + "\"}}");
  }

  static String completed(String eventId, String id) {
    return event(eventId, "interaction.completed", "{\"interaction\":{\"id\":\"" + id + "\",\"status\":\"completed\"}}")
        + "event: done\ndata: [DONE]\n\n";
  }

  static final String EVENT_STREAM = "Content-Type: text/event-stream";

  private final ServerSocket server;
  private final Script script;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger numbers = new AtomicInteger();
  private final AtomicInteger hangUps = new AtomicInteger();
  private final AtomicLong written = new AtomicLong();
  private final Thread acceptor;
  private volatile boolean closed;

  private HostileServer(Script script) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.script = script;
    this.acceptor = new Thread(this::accept, "hostile-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static HostileServer start(Script script) {
    try {
      return new HostileServer(script);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  int port() {
    return server.getLocalPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Connections the client closed while a script was still writing or stalling. */
  int hangUps() {
    return hangUps.get();
  }

  /** Bytes written to clients so far. */
  long bytesWritten() {
    return written.get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        Thread handler = new Thread(() -> handle(socket), "hostile-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket socket) {
    try (socket) {
      Request request = read(socket.getInputStream());
      if (request == null) {
        return;
      }
      requests.add(request);
      script.answer(request, new Exchange(socket, written));
    } catch (IOException e) {
      hangUps.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Request read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] start = lines[0].split(" ");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    return new Request(numbers.incrementAndGet(), start[0], start[1], headers, in.readNBytes(length));
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
