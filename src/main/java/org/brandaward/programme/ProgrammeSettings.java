package org.brandaward.programme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The programmes as they run now: each descriptor with the values the office gave its settings. Everything that asks
 * for a programme's rules asks here, so a changed setting holds from the next step on.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ProgrammeSettings {

    static final String AUDIT_TYPE = "PROGRAMME_SETTING";

    private final ProgrammeCatalog catalog;
    private final ProgrammeSettingRepository values;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    ProgrammeSettings(ProgrammeCatalog catalog, ProgrammeSettingRepository values, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The programme with the office's settings applied, read once per transaction: a step asks for its programme's
     * rules many times, and a setting changed meanwhile holds from the next step on.
     */
    public ProgrammeDescriptor get(String programmeId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return resolved(programmeId);
        }
        return readInThisTransaction().computeIfAbsent(programmeId, this::resolved);
    }

    @SuppressWarnings("unchecked")
    private Map<String, ProgrammeDescriptor> readInThisTransaction() {
        Map<String, ProgrammeDescriptor> read = (Map<String, ProgrammeDescriptor>) TransactionSynchronizationManager.getResource(this);
        if (read == null) {
            Map<String, ProgrammeDescriptor> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ProgrammeSettings.this);
                }
            });
            read = fresh;
        }
        return read;
    }

    private ProgrammeDescriptor resolved(String programmeId) {
        ProgrammeDescriptor shipped = catalog.get(programmeId);
        List<ProgrammeSettingValue> changed = values.findByProgrammeId(programmeId);
        if (changed.isEmpty()) {
            return shipped;
        }
        ObjectNode tree = json.valueToTree(shipped);
        changed.forEach(v -> put(tree, v.getSetting(), v.getValue()));
        try {
            return json.treeToValue(tree, ProgrammeDescriptor.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("programme " + programmeId + " with its settings", e);
        }
    }

    public List<ProgrammeDescriptor> all() {
        return catalog.all().stream().map(p -> get(p.id())).toList();
    }

    /** The programme as its descriptor ships it, to show what a setting was. */
    public ProgrammeDescriptor shipped(String programmeId) {
        return catalog.get(programmeId);
    }

    /** A setting's value in {@code programme}; null when empty. */
    public Integer valueOf(ProgrammeDescriptor programme, ProgrammeSetting setting) {
        JsonNode node = json.valueToTree(programme).at("/" + setting.path());
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isBoolean() ? Integer.valueOf(node.booleanValue() ? 1 : 0) : Integer.valueOf(node.intValue());
    }

    /**
     * Saves a settings form: the settings whose {@code wanted} value differs from the one the form {@code shown} are
     * changed, the others left as they are now. A setting someone else changed since the form was loaded is not
     * overwritten: the save is refused as a conflict (the view says so), and nothing of it is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void change(String programmeId, Map<ProgrammeSetting, Integer> shown, Map<ProgrammeSetting, Integer> wanted) {
        ProgrammeDescriptor current = get(programmeId);
        Map<ProgrammeSetting, Integer> changes = new EnumMap<>(ProgrammeSetting.class);
        wanted.forEach((setting, value) -> {
            Integer before = shown.get(setting);
            if (Objects.equals(before, value)) {
                return;
            }
            if (!Objects.equals(valueOf(current, setting), before)) {
                throw new ObjectOptimisticLockingFailureException(ProgrammeSettingValue.class, programmeId + " " + setting);
            }
            changes.put(setting, value);
        });
        change(programmeId, changes);
    }

    /**
     * Changes settings of a programme: all of them, or, when one is refused, none. Each change is audited with the
     * value before and after.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void change(String programmeId, Map<ProgrammeSetting, Integer> changes) {
        ProgrammeDescriptor current = get(programmeId);
        changes.forEach((setting, value) -> {
            if (!setting.appliesTo(current.family())) {
                throw new RuleViolationException("programmeSetting.notApplicable");
            }
            if (value == null && !setting.isOptional()) {
                throw new RuleViolationException("programmeSetting.required");
            }
            if (value != null && value < setting.minimum()) {
                throw new RuleViolationException("programmeSetting.minimum", setting.minimum());
            }
            if (value != null && setting.maximum() != null && value > setting.maximum()) {
                throw new RuleViolationException("programmeSetting.maximum", setting.maximum());
            }
        });
        changes.forEach((setting, value) -> {
            Integer before = valueOf(current, setting);
            if (Objects.equals(before, value)) {
                return;
            }
            ProgrammeSettingValue row = values.findByProgrammeIdAndSetting(programmeId, setting)
                    .orElseGet(() -> new ProgrammeSettingValue(programmeId, setting));
            row.change(value, CurrentUser.requireUsername(), clock.instant());
            values.save(row);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                readInThisTransaction().remove(programmeId);
            }
            audit.record(AUDIT_TYPE, row.getId(), "CHANGED", before, value, programmeId + " " + setting);
        });
    }

    private static void put(ObjectNode tree, ProgrammeSetting setting, Integer value) {
        String[] parts = setting.path().split("/");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
        }
        if (setting.isSwitch()) {
            parent.put(parts[parts.length - 1], value != null && value == 1);
        } else {
            parent.put(parts[parts.length - 1], value);
        }
    }
}
