import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { baseUsername, validateManagerHierarchy, type HierarchyRow } from '@linje/shared';
import type { AuditService } from '../audit/audit.service.js';
import type { FieldProblem } from '../common/app-error.js';
import type { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/config.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { INVALID_ORG_UNIT_CODE, ORG_UNIT_CODE } from '../org/org.service.js';
import { cleanPersonFields, type CleanPersonFields } from '../people/person-fields.js';
import { Person } from '../people/person.entity.js';
import { usernameProblem } from '../people/people.service.js';
import { allocateUsernames, birthDateParts } from '../people/username-allocation.js';
import { tenantUsernameScheme, type Tenant } from '../tenants/tenant.entity.js';
import { readHrFile, type HrColumn, type HrFormat, type HrRow } from './hr-file.js';

const NO_FILTERS = { filters: false } as const;

export interface HrRowProblem {
  row: number;
  personNumber: string | null;
  problems: { field: string; code: string; message: string }[];
}

export interface HrImportReport {
  fileErrors: string[];
  rows: number;
  created: number;
  updated: number;
  moved: number;
  ended: number;
  unchanged: number;
  rejected: HrRowProblem[];
}

interface ValidRow {
  row: number;
  personNumber: string;
  fields: CleanPersonFields;
  /** undefined = column not given; null = no manager. */
  managerPersonNumber: string | null | undefined;
  orgUnit: { code: string; name: string | null } | null | undefined;
}

export interface HrImporterDeps {
  clock: Clock;
  audit: AuditService;
  config: Pick<AppConfig, 'accountActivationHours'> & {
    database: { kind: AppConfig['database']['kind'] };
  };
}

/**
 * Imports an HR export into one tenant: creates, updates, moves (new manager or unit) and
 * ends people, matched on the HR person number. Each row is all or nothing: a row with
 * any problem (bad field, duplicate person number, unknown manager, manager cycle, a
 * manager whose own row was refused) is reported with its row number and skipped, and
 * the good rows are imported together in one transaction. Running the same file again
 * changes nothing and writes no audit rows.
 */
export class HrImporter {
  constructor(private readonly deps: HrImporterDeps) {}

  async run(
    em: EntityManager,
    tenant: Tenant,
    content: string,
    format: HrFormat,
    actorId: string | null,
    options: { dryRun?: boolean } = {},
  ): Promise<HrImportReport> {
    const report: HrImportReport = {
      fileErrors: [],
      rows: 0,
      created: 0,
      updated: 0,
      moved: 0,
      ended: 0,
      unchanged: 0,
      rejected: [],
    };
    const file = readHrFile(content, format);
    if (!file.ok) {
      report.fileErrors = file.errors;
      return report;
    }
    report.rows = file.rows.length;
    const rejected = new Map<number, HrRowProblem>();
    const reject = (r: HrRow | ValidRow, problems: FieldProblem[]): void => {
      const personNumber =
        'personNumber' in r ? r.personNumber : r.values.personNumber?.trim() || null;
      const entry = rejected.get(r.row) ?? { row: r.row, personNumber, problems: [] };
      entry.problems.push(
        ...problems.map(({ field, code, message }) => ({ field, code, message })),
      );
      rejected.set(r.row, entry);
    };

    // 1. Each row on its own.
    let valid: ValidRow[] = [];
    for (const r of file.rows) {
      const v = this.validateRow(r);
      if ('problems' in v) reject(r, v.problems);
      else valid.push(v);
    }

    // 2. Duplicate person numbers: every row sharing one is refused.
    const counts = new Map<string, number>();
    for (const r of file.rows) {
      const pn = r.values.personNumber?.trim();
      if (pn) counts.set(pn, (counts.get(pn) ?? 0) + 1);
    }
    valid = valid.filter((v) => {
      if ((counts.get(v.personNumber) ?? 0) < 2) return true;
      reject(v, [
        {
          field: 'personNumber',
          code: 'DUPLICATE_PERSON_NUMBER',
          message: `person number ${v.personNumber} appears more than once in the file`,
        },
      ]);
      return false;
    });

    // 2b. New people need what the tenant's username scheme needs (e.g. a birth date).
    const known = new Set(
      (
        await em.find(
          Person,
          { tenant: tenant.id, personNumber: { $in: valid.map((v) => v.personNumber) } },
          { ...NO_FILTERS, fields: ['id', 'personNumber'] },
        )
      ).map((p) => p.personNumber ?? ''),
    );
    const scheme = tenantUsernameScheme(tenant);
    valid = valid.filter((v) => {
      if (known.has(v.personNumber)) return true;
      const base = baseUsername(scheme, {
        givenName: v.fields.givenName ?? '',
        surname: v.fields.surname ?? '',
        birthDate: birthDateParts(v.fields.birthDate),
      });
      if (base.ok) return true;
      reject(v, [usernameProblem(base)]);
      return false;
    });

    // 3. The manager hierarchy as it would be after the import: stored people overlaid by
    //    the file's rows. Refusing a row can break its reports, so repeat until stable.
    const stored = await em.find(
      Person,
      { tenant: tenant.id },
      { ...NO_FILTERS, fields: ['id', 'personNumber', 'manager'] },
    );
    const storedKey = new Map(stored.map((p) => [p.id, p.personNumber ?? `#${p.id}`]));
    const storedRows = new Map<string, HierarchyRow>(
      stored.map((p) => [
        storedKey.get(p.id) ?? '',
        {
          id: storedKey.get(p.id) ?? '',
          managerId: p.manager ? (storedKey.get(p.manager.id) ?? null) : null,
        },
      ]),
    );
    for (;;) {
      const merged = new Map(storedRows);
      for (const v of valid) {
        const before = storedRows.get(v.personNumber);
        merged.set(v.personNumber, {
          id: v.personNumber,
          managerId:
            v.managerPersonNumber === undefined
              ? (before?.managerId ?? null)
              : v.managerPersonNumber,
        });
      }
      const result = validateManagerHierarchy([...merged.values()]);
      if (result.ok) break;
      const bad = new Map<string, FieldProblem>();
      for (const reason of result.reasons) {
        if (reason.code === 'MISSING_MANAGER') {
          bad.set(reason.params.id, {
            field: 'managerPersonNumber',
            code: 'UNKNOWN_MANAGER',
            message: `manager ${reason.params.managerId} is neither in the file nor registered`,
          });
        } else if (reason.code === 'CYCLE') {
          for (const id of reason.params.cycle) {
            bad.set(id, {
              field: 'managerPersonNumber',
              code: 'MANAGER_CYCLE',
              message: `the manager chain loops: ${[...reason.params.cycle, reason.params.cycle[0]].join(' → ')}`,
            });
          }
        }
      }
      const before = valid.length;
      valid = valid.filter((v) => {
        const problem = bad.get(v.personNumber);
        if (!problem) return true;
        reject(v, [problem]);
        return false;
      });
      // Problems only among stored people are not this file's to fix; stop if nothing changed.
      if (valid.length === before) break;
    }

    report.rejected = [...rejected.values()].sort((a, b) => a.row - b.row);
    if (options.dryRun) {
      report.unchanged = valid.length;
      return report;
    }
    await em.transactional(async (tem) => {
      await this.apply(tem, tenant, valid, actorId, report);
    });
    return report;
  }

  private validateRow(r: HrRow): ValidRow | { problems: FieldProblem[] } {
    const v = r.values;
    const cleaned = cleanPersonFields(
      {
        personNumber: v.personNumber,
        givenName: v.givenName,
        surname: v.surname,
        birthDate: v.birthDate,
        email: v.email,
        mobile: v.mobile,
        workPhone: v.workPhone,
        jobTitle: v.jobTitle,
        kind: v.kind,
        startDate: v.startDate,
        endDate: v.endDate,
      },
      ['personNumber', 'givenName', 'surname'],
    );
    const problems: FieldProblem[] = cleaned.ok ? [] : [...cleaned.problems];
    const manager = v.managerPersonNumber?.trim();
    const unitCode = v.orgUnitCode?.trim();
    if (unitCode && !ORG_UNIT_CODE.test(unitCode)) {
      problems.push({ ...INVALID_ORG_UNIT_CODE, field: 'orgUnitCode' });
    }
    const unitName = v.orgUnitName?.trim() || null;
    if (unitName && unitName.length > 200) {
      problems.push({
        field: 'orgUnitName',
        code: 'TOO_LONG',
        message: 'must be at most 200 characters',
      });
    }
    if (!cleaned.ok || problems.length > 0) return { problems };
    const personNumber = cleaned.value.personNumber ?? '';
    if (manager && manager === personNumber) {
      return {
        problems: [
          {
            field: 'managerPersonNumber',
            code: 'MANAGER_CYCLE',
            message: 'a person cannot be their own manager',
          },
        ],
      };
    }
    return {
      row: r.row,
      personNumber,
      fields: cleaned.value,
      managerPersonNumber: v.managerPersonNumber === undefined ? undefined : manager || null,
      orgUnit:
        v.orgUnitCode === undefined
          ? undefined
          : unitCode
            ? { code: unitCode, name: unitName }
            : null,
    };
  }

  private async apply(
    em: EntityManager,
    tenant: Tenant,
    rows: ValidRow[],
    actorId: string | null,
    report: HrImportReport,
  ): Promise<void> {
    const now = this.deps.clock.now();
    const existing = await em.find(
      Person,
      { tenant: tenant.id, personNumber: { $in: rows.map((r) => r.personNumber) } },
      { ...NO_FILTERS, populate: ['birthDate'] },
    );
    const byNumber = new Map(existing.map((p) => [p.personNumber ?? '', p]));
    const units = new Map(
      (await em.find(OrgUnit, { tenant: tenant.id }, NO_FILTERS)).map((u) => [u.code, u]),
    );
    // Everyone new in the file gets a username from one read (a few for very large files)
    // of the stored names they could take, not one read per person.
    const newRows = rows.filter((r) => !byNumber.has(r.personNumber));
    const allocated = await allocateUsernames(
      em,
      this.deps.config.database.kind,
      tenant,
      newRows.map((r) => ({
        givenName: r.fields.givenName ?? '',
        surname: r.fields.surname ?? '',
        birthDate: r.fields.birthDate ?? null,
      })),
    );
    const usernames = new Map(newRows.map((r, i) => [r.row, allocated[i]]));
    const changed = new Map<string, Record<string, unknown>>();
    const created = new Set<string>();
    const moved = new Set<string>();
    const ended = new Set<string>();
    const note = (p: Person, key: string, value: unknown): void => {
      const c = changed.get(p.id) ?? {};
      c[key] = value;
      changed.set(p.id, c);
    };

    // Pass 1: create or update everyone's own fields.
    for (const r of rows) {
      let person = byNumber.get(r.personNumber);
      if (!person) {
        const username = usernames.get(r.row);
        if (!username?.ok) {
          // Cannot happen for a row that passed validation unless the scheme needs a birth
          // date the row lacks; report it like any other row problem.
          report.rejected.push({
            row: r.row,
            personNumber: r.personNumber,
            problems: (username ? [usernameProblem(username)] : []).map(
              ({ field, code, message }) => ({
                field,
                code,
                message,
              }),
            ),
          });
          continue;
        }
        person = em.create(Person, {
          id: randomUUID(),
          tenant,
          username: username.username,
          givenName: r.fields.givenName ?? '',
          surname: r.fields.surname ?? '',
          personNumber: r.personNumber,
          roles: ['EMPLOYEE'],
          activeFrom: new Date(now.getTime() + this.deps.config.accountActivationHours * 3_600_000),
          createdAt: now,
        });
        byNumber.set(r.personNumber, person);
        created.add(person.id);
      }
      const f = r.fields;
      const set = <K extends keyof Person>(key: K, value: Person[K] | undefined): void => {
        if (value === undefined || (person[key] ?? null) === (value ?? null)) return;
        if (key === 'endDate' && value) ended.add(person.id);
        person[key] = value;
        if (!created.has(person.id)) note(person, String(key), value);
      };
      set('givenName', f.givenName);
      set('surname', f.surname);
      set('birthDate', f.birthDate);
      set('email', f.email);
      set('mobile', f.mobile);
      set('workPhone', f.workPhone);
      set('jobTitle', f.jobTitle);
      set('kind', f.kind);
      set('startDate', f.startDate);
      set('endDate', f.endDate);
      if (r.orgUnit !== undefined) {
        let unit: OrgUnit | null = null;
        if (r.orgUnit) {
          unit = units.get(r.orgUnit.code) ?? null;
          if (!unit) {
            unit = em.create(OrgUnit, {
              id: randomUUID(),
              tenant,
              code: r.orgUnit.code,
              name: r.orgUnit.name ?? r.orgUnit.code,
              createdAt: now,
            });
            units.set(unit.code, unit);
            this.deps.audit.record(em, {
              tenantId: tenant.id,
              actorId,
              action: 'org_unit.imported',
              entityType: 'OrgUnit',
              entityId: unit.id,
              data: { code: unit.code, name: unit.name },
            });
          } else if (r.orgUnit.name && unit.name !== r.orgUnit.name) {
            unit.name = r.orgUnit.name;
          }
        }
        if ((person.orgUnit?.id ?? null) !== (unit?.id ?? null)) {
          person.orgUnit = unit;
          if (!created.has(person.id)) {
            moved.add(person.id);
            note(person, 'orgUnit', unit?.code ?? null);
          }
        }
      }
    }

    // Pass 2: managers, now that everyone in the file exists. Managers outside the file are
    // read in one statement, not one per row naming them.
    const outside = [
      ...new Set(
        rows
          .map((r) => r.managerPersonNumber)
          .filter((pn): pn is string => !!pn && !byNumber.has(pn)),
      ),
    ];
    const outsideManagers = new Map(
      outside.length === 0
        ? []
        : (
            await em.find(Person, { tenant: tenant.id, personNumber: { $in: outside } }, NO_FILTERS)
          ).map((p) => [p.personNumber ?? '', p]),
    );
    for (const r of rows) {
      if (r.managerPersonNumber === undefined) continue;
      const person = byNumber.get(r.personNumber);
      if (!person) continue;
      const manager = r.managerPersonNumber
        ? (byNumber.get(r.managerPersonNumber) ??
          outsideManagers.get(r.managerPersonNumber) ??
          null)
        : null;
      if ((person.manager?.id ?? null) !== (manager?.id ?? null)) {
        person.manager = manager;
        if (!created.has(person.id)) {
          moved.add(person.id);
          note(person, 'manager', r.managerPersonNumber);
        }
      }
    }

    for (const r of rows) {
      const person = byNumber.get(r.personNumber);
      if (!person) continue;
      if (created.has(person.id)) {
        report.created += 1;
        this.deps.audit.record(em, {
          tenantId: tenant.id,
          actorId,
          action: 'person.imported',
          entityType: 'Person',
          entityId: person.id,
          data: { personNumber: r.personNumber, username: person.username },
        });
      } else if (changed.has(person.id)) {
        if (moved.has(person.id)) report.moved += 1;
        if (ended.has(person.id)) report.ended += 1;
        report.updated += 1;
        this.deps.audit.record(em, {
          tenantId: tenant.id,
          actorId,
          action: 'person.import_updated',
          entityType: 'Person',
          entityId: person.id,
          data: changed.get(person.id) ?? {},
        });
      } else {
        report.unchanged += 1;
      }
    }
    report.rejected.sort((a, b) => a.row - b.row);
  }
}

export type { HrColumn, HrFormat };
