package dev.topolint;

import java.util.List;

/** A descriptor that cannot be checked, with every problem found in it. */
public class DescriptorException extends Exception {

    private final transient List<Problem> problems;

    public DescriptorException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid descriptor" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public DescriptorException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
