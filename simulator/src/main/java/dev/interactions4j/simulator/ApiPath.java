package dev.interactions4j.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path split into the API it addresses and the resource inside it. The Gemini API
 * serves {@code /v1beta/interactions} (and {@code /v1}); the Agent Platform serves
 * {@code /v1beta1/projects/{project}/locations/{location}/interactions}, and in express mode
 * (API key, no project) {@code /v1beta1/interactions} or {@code /v1beta1/locations/global/interactions}
 * ({@code /v1/locations/global/interactions} on {@code v1}).
 *
 * @param version the API version segment, e.g. {@code v1beta}
 * @param project the project of an Agent Platform path, or null
 * @param location the location of an Agent Platform path, or null
 * @param resource the rest, starting with {@code /}, e.g. {@code /interactions/abc/cancel}
 * @param platform whether the path belongs to the Agent Platform
 * @param upload whether the path is under {@code /upload} (a resumable upload)
 */
record ApiPath(String version, String project, String location, String resource, boolean platform, boolean upload) {
  private static final Pattern PROJECT = Pattern.compile("(/upload)?/(v1|v1beta1)/projects/([^/]+)/locations/([^/]+)(/.*)");
  private static final Pattern EXPRESS = Pattern.compile("(/upload)?/(v1beta1)(?:/locations/(global))?(/.*)");
  /** Express mode on {@code v1}: only with the location, since {@code /v1/interactions} is the Gemini API's. */
  private static final Pattern EXPRESS_V1 = Pattern.compile("(/upload)?/(v1)/locations/(global)(/.*)");
  private static final Pattern GEMINI = Pattern.compile("(/upload)?/(v1|v1beta)(/.*)");

  /** The path split, or null when it addresses no API the simulator serves. */
  static ApiPath parse(String path) {
    Matcher project = PROJECT.matcher(path);
    if (project.matches()) {
      return new ApiPath(project.group(2), project.group(3), project.group(4), project.group(5), true, project.group(1) != null);
    }
    Matcher express = EXPRESS.matcher(path);
    if (!express.matches()) {
      express = EXPRESS_V1.matcher(path);
    }
    if (express.matches()) {
      return new ApiPath(express.group(2), null, express.group(3), express.group(4), true, express.group(1) != null);
    }
    Matcher gemini = GEMINI.matcher(path);
    if (gemini.matches()) {
      return new ApiPath(gemini.group(2), null, null, gemini.group(3), false, gemini.group(1) != null);
    }
    return null;
  }

  /** Whether the caller must send an OAuth bearer token (projects paths refuse API keys). */
  boolean needsBearerToken() {
    return project != null;
  }
}
