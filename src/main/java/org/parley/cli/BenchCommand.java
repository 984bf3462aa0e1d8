package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Benchmarks indexing and answering. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure index build time, latency and memory.")
final class BenchCommand implements Callable<Integer> {
    BenchCommand(Launcher launcher) {}

    @Override
    public Integer call() {
        return 0;
    }
}
