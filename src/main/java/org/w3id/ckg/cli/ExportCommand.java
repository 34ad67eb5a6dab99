package org.w3id.ckg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true, description = "TODO")
public final class ExportCommand implements Callable<Integer> {
    @Override public Integer call() { return 0; }
}
