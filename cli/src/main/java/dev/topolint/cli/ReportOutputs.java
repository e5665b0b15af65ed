package dev.topolint.cli;

import dev.topolint.Report;
import dev.topolint.ReportFile;
import dev.topolint.render.Format;
import dev.topolint.render.RenderSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of one run, their files reserved: every report is rendered before any is written, so that a failure
 * leaves no mix of old and new reports, then each file is replaced in one step.
 */
final class ReportOutputs implements AutoCloseable {

    private final List<ReportTarget> targets;
    private final Map<ReportTarget, ReportFile> files;
    private final RenderSettings settings;

    /**
     * @param files the file reserved for each target that has one; the one target without goes to standard output
     * @param settings the settings of every report, but for colour, which only a report on a terminal gets
     */
    ReportOutputs(List<ReportTarget> targets, Map<ReportTarget, ReportFile> files, RenderSettings settings) {
        this.targets = List.copyOf(targets);
        this.files = files;
        this.settings = settings;
    }

    /** Whether a report in this format is asked for. */
    boolean includes(Format format) {
        return targets.stream().anyMatch(target -> target.format() == format);
    }

    /**
     * Renders the report in every format, writes the files and prints the report without a file.
     *
     * @param summary whether the text report opens with the design summaries; the other formats do when the
     *                report holds them
     * @throws IOException naming a file that cannot be written
     */
    void write(Report report, boolean summary, PrintWriter out) throws IOException {
        boolean colour = Terminal.colour(System.console() != null, System.getenv());
        Map<ReportTarget, String> rendered = new LinkedHashMap<>();
        for (ReportTarget target : targets) {
            boolean printed = !files.containsKey(target);
            RenderSettings those = new RenderSettings(settings.toolVersion(), settings.category(),
                    settings.ruleDocsUrl(), printed && colour, settings.quiet(), settings.showSuppressed());
            boolean design = summary || target.format() != Format.TEXT;
            rendered.put(target, target.format().renderer(those).render(design ? report : report.withoutDesigns()));
        }
        String printed = null;
        for (Map.Entry<ReportTarget, String> entry : rendered.entrySet()) {
            ReportFile file = files.get(entry.getKey());
            if (file == null) {
                printed = entry.getValue();
            } else {
                file.commit(entry.getValue());
            }
        }
        if (printed != null) {
            out.print(printed);
            out.flush();
        }
    }

    /** Deletes the reserved files that were not written. */
    @Override
    public void close() {
        files.values().forEach(ReportFile::close);
    }
}
