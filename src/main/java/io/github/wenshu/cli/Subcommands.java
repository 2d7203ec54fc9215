package io.github.wenshu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The subcommands: those registered as services first, then the built-in ones not replaced by them. */
final class Subcommands {

    private Subcommands() {
    }

    static List<Subcommand> all() {
        List<Subcommand> found = new ArrayList<>();
        ServiceLoader.load(Subcommand.class, Subcommands.class.getClassLoader()).forEach(found::add);
        for (Subcommand builtIn : List.<Subcommand>of(new CheckSubcommand())) {
            if (found.stream().noneMatch(s -> s.name().equals(builtIn.name()))) {
                found.add(builtIn);
            }
        }
        return found;
    }

    static Optional<Subcommand> find(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
