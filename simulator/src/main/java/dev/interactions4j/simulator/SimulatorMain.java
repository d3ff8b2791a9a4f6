package dev.interactions4j.simulator;

/** Command-line entry point of the simulator. */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void main(String[] args) {}
}
