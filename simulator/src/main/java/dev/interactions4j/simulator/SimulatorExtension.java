package dev.interactions4j.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: one simulator per test class, faults and recorded requests reset before each test,
 * {@link Simulator} injected as a parameter.
 *
 * <pre>{@code
 * @ExtendWith(SimulatorExtension.class)
 * class MyTest {
 *   @Test void answers(Simulator simulator) { ... simulator.baseUrl() ... }
 * }
 * }</pre>
 *
 * Or {@code @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();}
 * and {@code SIMULATOR.simulator()}.
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private Simulator simulator;

  /** The running simulator (between the class's first and last test). */
  public Simulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("The simulator runs only while the test class runs");
    }
    return simulator;
  }

  /** The running simulator's base URL. */
  public String baseUrl() {
    return simulator().baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = Simulator.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator().faults().reset();
    simulator().clearRequests();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Simulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return simulator();
  }
}
