package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The webhooks resource as Google's SDKs call it: create, list, get, update, delete, ping, rotate. */
final class WebhookRoutes {
  private static final Pattern ONE = Pattern.compile("/webhooks/([^/:]+)(?::(ping|rotateSigningSecret))?");

  private final WebhookStore store;
  private final WebhookSender sender;

  WebhookRoutes(WebhookStore store, WebhookSender sender) {
    this.store = store;
    this.sender = sender;
  }

  /** Answers the call if it is one of this resource's; false otherwise. */
  boolean route(HttpExchange exchange, String path, Map<String, String> query, byte[] body) throws IOException, ApiFailure {
    String method = exchange.getRequestMethod();
    if (path.equals("/webhooks")) {
      if (method.equals("POST")) {
        ok(exchange, store.create(InteractionsHandler.parse(body)));
        return true;
      }
      if (method.equals("GET")) {
        Pages.Page<WebhookStore.Webhook> page = Pages.of(store.all(), query, 50, 1000);
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode list = answer.putArray("webhooks");
        page.items().forEach(webhook -> list.add(webhook.toJson()));
        if (page.nextPageToken() != null) {
          answer.put("next_page_token", page.nextPageToken());
        }
        ok(exchange, answer);
        return true;
      }
    }
    Matcher one = ONE.matcher(path);
    if (!one.matches()) {
      return false;
    }
    String id = one.group(1);
    String verb = one.group(2);
    if (verb == null && method.equals("GET")) {
      ok(exchange, store.get(id).toJson());
    } else if (verb == null && method.equals("DELETE")) {
      store.delete(id);
      ok(exchange, JsonNodeFactory.instance.objectNode());
    } else if (verb == null && method.equals("PATCH")) {
      String mask = query.getOrDefault("update_mask", query.getOrDefault("updateMask", ""));
      List<String> fields = mask.isBlank() ? List.of() : Arrays.stream(mask.split(",")).map(String::strip).toList();
      ok(exchange, store.update(id, InteractionsHandler.parse(body), fields).toJson());
    } else if ("ping".equals(verb) && method.equals("POST")) {
      sender.ping(store.get(id));
      ok(exchange, JsonNodeFactory.instance.objectNode());
    } else if ("rotateSigningSecret".equals(verb) && method.equals("POST")) {
      String behavior = body.length == 0 ? null : InteractionsHandler.parse(body).path("revocation_behavior").asString(null);
      ok(exchange, JsonNodeFactory.instance.objectNode().put("secret", store.rotate(id, behavior)));
    } else {
      throw ApiFailure.notFound("No such method: " + method + " " + path);
    }
    return true;
  }

  private static void ok(HttpExchange exchange, ObjectNode answer) throws IOException {
    InteractionsHandler.send(exchange, 200, "application/json", answer.toString());
  }
}
