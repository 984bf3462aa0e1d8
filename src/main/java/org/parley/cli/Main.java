package org.parley.cli;

import picocli.CommandLine;

/** The parley command: `java -jar target/parley.jar [command]`. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int status = commandLine(System.getenv()::get).execute(args);
        if (status != 0 || args.length == 0 || !"bot".equals(args[0])) {
            System.exit(status);
        }
    }

    static CommandLine commandLine(java.util.function.Function<String, String> env) {
        Launcher launcher = new Launcher(env);
        CommandLine cl = new CommandLine(new ParleyCommand(launcher), new CommandFactory(launcher));
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
