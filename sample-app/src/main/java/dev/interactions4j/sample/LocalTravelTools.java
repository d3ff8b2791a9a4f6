package dev.interactions4j.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A local, deterministic implementation of {@link TravelTools}, recording what it was asked. */
final class LocalTravelTools implements TravelTools {
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  @Override
  public Weather weather(String city, Unit unit) {
    calls.add("weather(" + city + ", " + unit + ")");
    double celsius = 12 + Math.floorMod(city.hashCode(), 15);
    double temperature = unit == Unit.FAHRENHEIT ? celsius * 9 / 5 + 32 : celsius;
    return new Weather(city, temperature, celsius > 20 ? "clear" : "cloudy");
  }

  @Override
  public Booking book(String restaurant, LocalDate day, int people) throws BookingException {
    calls.add("book(" + restaurant + ", " + day + ", " + people + ")");
    if (people > 8) {
      throw new BookingException("No table for " + people + " at " + restaurant);
    }
    return new Booking("BK-" + Math.floorMod((restaurant + day).hashCode(), 10000), restaurant, day, people);
  }

  @Override
  public List<String> restaurants(String city) {
    calls.add("restaurants(" + city + ")");
    return List.of("Chez Anna", "Da Enzo", "The Harbour Kitchen");
  }

  /** The calls made so far, in order of completion. */
  List<String> calls() {
    return List.copyOf(calls);
  }
}
