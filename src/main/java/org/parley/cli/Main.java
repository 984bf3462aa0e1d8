package org.parley.cli;

import picocli.CommandLine;

/** The parley command: `java -jar target/parley.jar [command]`. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Launcher launcher = new Launcher(System.getenv()::get);
        int status = commandLine(launcher).execute(args);
        if (status != 0 || args.length == 0 || !"bot".equals(args[0])) {
            launcher.settle(); // a command that never needed the model (facts) may end while it still loads
            System.exit(status);
        }
    }

    static CommandLine commandLine(java.util.function.Function<String, String> env) {
        return commandLine(new Launcher(env));
    }

    private static CommandLine commandLine(Launcher launcher) {
        CommandLine cl = new CommandLine(new ParleyCommand(launcher), new CommandFactory(launcher));
        // Every command offers -V (mixinStandardHelpOptions); each prints the one version Parley has.
        cl.getSubcommands()
                .values()
                .forEach(sub -> sub.getCommandSpec().version(cl.getCommandSpec().version()));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("parley: " + Launcher.explain(e));
            return 1;
        });
        return cl;
    }

    /** Gives every command the launcher by constructor, with no reflection tricks beyond picocli's own. */
    private record CommandFactory(Launcher launcher) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Launcher.class).newInstance(launcher);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
