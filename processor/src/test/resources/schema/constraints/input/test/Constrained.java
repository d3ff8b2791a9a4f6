package test;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.interactions4j.constraints.DecimalMax;
import dev.interactions4j.constraints.DecimalMin;
import dev.interactions4j.constraints.Email;
import dev.interactions4j.constraints.Max;
import dev.interactions4j.constraints.Min;
import dev.interactions4j.constraints.NotBlank;
import dev.interactions4j.constraints.NotEmpty;
import dev.interactions4j.constraints.Pattern;
import dev.interactions4j.constraints.Size;
import dev.interactions4j.GeminiOutput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Every constraint, and a renamed property. */
@GeminiOutput
public record Constrained(
    @Min(1) @Max(5) int stars,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("100.5") BigDecimal percent,
    @Size(min = 2, max = 10) String code,
    @Pattern(regexp = "[A-Z]{3}") String currency,
    @NotBlank String title,
    @NotEmpty List<@NotBlank String> tags,
    @Email String contact,
    @Size(max = 2) Map<String, Integer> scores,
    @JsonProperty("full_name") String fullName) {}
