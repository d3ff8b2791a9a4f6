package dev.interactions4j.wire;

import java.util.List;
import java.util.Objects;

/**
 * How the model may use tools: a plain mode ({@code auto}, {@code any}, {@code none}, {@code
 * validated}), or a mode restricted to some tools ({@code {"allowed_tools": {"mode": …, "tools":
 * […]}}}) when {@code allowedTools} is not empty.
 *
 * @param mode the mode
 * @param allowedTools the tool names the mode is restricted to, possibly empty
 */
public record ToolChoice(String mode, List<String> allowedTools) {
  public static final ToolChoice AUTO = new ToolChoice("auto", List.of());
  public static final ToolChoice ANY = new ToolChoice("any", List.of());
  public static final ToolChoice NONE = new ToolChoice("none", List.of());
  public static final ToolChoice VALIDATED = new ToolChoice("validated", List.of());

  public ToolChoice {
    Objects.requireNonNull(mode, "mode");
    allowedTools = allowedTools == null ? List.of() : List.copyOf(allowedTools);
  }

  /** Restricts {@code mode} to the named tools. */
  public static ToolChoice allowed(String mode, String... tools) {
    return new ToolChoice(mode, List.of(tools));
  }
}
