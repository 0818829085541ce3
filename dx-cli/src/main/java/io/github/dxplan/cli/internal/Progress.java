package io.github.dxplan.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on standard error, drawn only when a person is watching: standard error is a terminal
 * (the {@code ./dx} script passes {@code -Ddx.stderr.tty=true}) and there is a console. Quiet otherwise.
 * Safe to call from many threads.
 */
public final class Progress {
  private final PrintWriter err;
  private final int total;
  private final String label;
  private final boolean enabled;
  private final AtomicInteger done = new AtomicInteger();
  private volatile long lastDraw;

  private Progress(PrintWriter err, int total, String label, boolean enabled) {
    this.err = err;
    this.total = total;
    this.label = label;
    this.enabled = enabled;
  }

  /**
   * Returns a progress bar, enabled only for a terminal.
   *
   * @param err standard error
   * @param total the number of steps
   * @param label what is being done
   * @return the progress bar
   */
  public static Progress create(PrintWriter err, int total, String label) {
    boolean tty = Boolean.getBoolean("dx.stderr.tty") && System.console() != null;
    return new Progress(err, total, label, tty);
  }

  /** Records one step done. */
  public void step() {
    int n = done.incrementAndGet();
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (n == total || now - lastDraw > 100_000_000L) {
      lastDraw = now;
      draw(n);
    }
  }

  private synchronized void draw(int n) {
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) n * width / total);
    err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(width - filled), n, total));
    err.flush();
  }

  /** Clears the bar. */
  public synchronized void done() {
    if (enabled) {
      err.print("\r" + " ".repeat(label.length() * 2 + 50) + "\r");
      err.flush();
    }
  }
}
