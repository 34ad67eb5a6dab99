package org.w3id.ckg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "build", mixinStandardHelpOptions = true, description = "TODO")
public final class BuildCommand implements Callable<Integer> {
    @Override public Integer call() { return 0; }
}
