import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type {
  ApprovalStep,
  ConfidentialPolicy,
  FormDefinition,
  FormField,
  FormOption,
  LocalisedText,
} from '@linje/shared';
import type { Person } from '../people/person.entity.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { OperatorGroup } from '../tickets/operator-group.entity.js';
import { CatalogItem, type OrderableBy } from './catalog.entities.js';

/** The operator group payroll matters go to (Lönecentrum). */
export const PAYROLL_GROUP = 'Payroll';

const t = (sv: string, nb: string, en: string): LocalisedText => ({ sv, nb, en });

function field(
  key: string,
  label: LocalisedText,
  type: FormField['type'],
  extra: Partial<Omit<FormField, 'key' | 'label' | 'type'>> = {},
): FormField {
  return { key, label, type, required: false, correctable: false, ...extra };
}

const option = (value: string, label: LocalisedText): FormOption => ({ value, label });

const FROM = t('Från och med', 'Fra og med', 'From');
const TO = t('Till och med', 'Til og med', 'To');
const REASON = t('Motivering', 'Begrunnelse', 'Reason');
const GIVEN = t('Förnamn', 'Fornavn', 'Given name');
const SURNAME = t('Efternamn', 'Etternavn', 'Surname');
const dates = (required: boolean, correctable = false): FormField[] => [
  field('fromDate', FROM, 'DATE', { required, correctable }),
  field('toDate', TO, 'DATE', { required, correctable }),
];
const fromTo = [{ kind: 'FROM_LE_TO', from: 'fromDate', to: 'toDate' }] as const;

interface ItemSeed {
  key: string;
  name: LocalisedText;
  description: LocalisedText;
  form: FormDefinition;
  orderableBy: OrderableBy;
  approvalSteps: ApprovalStep[];
  group: string | null;
  workingDays: number | null;
  signatureRequired: boolean;
  confidentiality?: ConfidentialPolicy | null;
}

/** The catalog key of the inspection decision (seed 004). */
export const INSPECTION_ITEM = 'inspection';

export interface CatalogSeedOptions {
  /** Owner of the municipality's systems (approves system permissions). */
  systemOwner: Person | null;
  /** Kävlinge's rules: the manager names the computer for remote access, and approves international calls. */
  managerControlsRemoteAccess: boolean;
  managerApprovesInternationalCalls: boolean;
}

function items(options: CatalogSeedOptions): ItemSeed[] {
  const manager: ApprovalStep = { kind: 'SUBJECT_MANAGER' };
  return [
    {
      key: 'system-permission',
      name: t(
        'Beställ, ändra eller avsluta systembehörighet',
        'Bestill, endre eller avslutt systemtilgang',
        'Order, change or end a system permission',
      ),
      description: t(
        'För chefer: behörighet i ett verksamhetssystem för en medarbetare.',
        'For ledere: tilgang i et fagsystem for en medarbeider.',
        'For managers: a permission in a business system for one of your people.',
      ),
      form: {
        fields: [
          field('system', t('System', 'System', 'System'), 'TEXT', { required: true }),
          field('action', t('Åtgärd', 'Handling', 'Action'), 'SELECT', {
            required: true,
            options: [
              option('ORDER', t('Beställ', 'Bestill', 'Order')),
              option('CHANGE', t('Ändra', 'Endre', 'Change')),
              option('END', t('Avsluta', 'Avslutt', 'End')),
            ],
          }),
          field('role', t('Roll i systemet', 'Rolle i systemet', 'Role in the system'), 'TEXT', {
            help: t('T.ex. läsbehörighet', 'F.eks. lesetilgang', 'E.g. read only'),
            correctable: true,
          }),
          field('fromDate', FROM, 'DATE', { required: true, correctable: true }),
        ],
        rules: [],
      },
      orderableBy: 'MANAGERS',
      approvalSteps: options.systemOwner
        ? [{ kind: 'RESOURCE_OWNER', personId: options.systemOwner.id }]
        : [{ kind: 'ROLE', role: 'IT_LEAD' }],
      group: 'Applications',
      workingDays: 5,
      signatureRequired: true,
    },
    {
      key: 'new-account',
      name: t('Nytt konto för nyanställd', 'Ny konto for nyansatt', 'New account for a new hire'),
      description: t(
        'Datorkonto och e-post inför första arbetsdagen.',
        'Brukerkonto og e-post før første arbeidsdag.',
        'Computer account and e-mail before the first working day.',
      ),
      form: {
        fields: [
          field('givenName', GIVEN, 'TEXT', { required: true }),
          field('surname', SURNAME, 'TEXT', { required: true }),
          field(
            'startDate',
            t('Första arbetsdag', 'Første arbeidsdag', 'First working day'),
            'DATE',
            {
              required: true,
              correctable: true,
            },
          ),
          field('unit', t('Enhet', 'Enhet', 'Unit'), 'TEXT', { required: true }),
        ],
        rules: [],
      },
      orderableBy: 'MANAGERS',
      approvalSteps: [],
      group: 'Service desk',
      workingDays: 3,
      signatureRequired: true,
    },
    {
      key: 'external-person',
      name: t(
        'Registrera extern person',
        'Registrer ekstern person',
        'Register an external person',
      ),
      description: t(
        'Konsult, praktikant eller entreprenör – krävs innan något annat kan beställas åt personen.',
        'Konsulent, praktikant eller entreprenør – kreves før noe annet kan bestilles for personen.',
        'Consultant, intern or contractor – required before anything else can be ordered for them.',
      ),
      form: {
        fields: [
          field('givenName', GIVEN, 'TEXT', { required: true }),
          field('surname', SURNAME, 'TEXT', { required: true }),
          field('kind', t('Typ', 'Type', 'Kind'), 'SELECT', {
            required: true,
            options: [
              option('CONSULTANT', t('Konsult', 'Konsulent', 'Consultant')),
              option('INTERN', t('Praktikant', 'Praktikant', 'Intern')),
              option('CONTRACTOR', t('Entreprenör', 'Entreprenør', 'Contractor')),
            ],
          }),
          field('company', t('Företag', 'Firma', 'Company'), 'TEXT'),
          ...dates(true, true),
        ],
        rules: [...fromTo],
      },
      orderableBy: 'MANAGERS',
      approvalSteps: [],
      group: 'Service desk',
      workingDays: 2,
      signatureRequired: true,
    },
    {
      key: 'computer',
      name: t('Dator och tillbehör', 'Datamaskin og tilbehør', 'Computer and accessories'),
      description: t(
        'Standardsortiment levereras inom 10 arbetsdagar om varan finns hos leverantören.',
        'Standardsortiment leveres innen 10 arbeidsdager hvis varen finnes hos leverandøren.',
        'Standard items are delivered within 10 working days when the supplier has them.',
      ),
      form: {
        fields: [
          field('model', t('Modell', 'Modell', 'Model'), 'SELECT', {
            required: true,
            options: [
              option('LAPTOP', t('Bärbar standarddator', 'Standard bærbar', 'Standard laptop')),
              option('LAPTOP_PLUS', t('Bärbar, kraftfull', 'Bærbar, kraftig', 'Powerful laptop')),
              option('DESKTOP', t('Stationär dator', 'Stasjonær', 'Desktop')),
            ],
          }),
          field('accessories', t('Tillbehör', 'Tilbehør', 'Accessories'), 'TEXT', {
            correctable: true,
          }),
          field('reason', REASON, 'TEXT', { correctable: true }),
        ],
        rules: [],
      },
      orderableBy: 'EVERYONE',
      approvalSteps: [manager],
      group: 'Infrastructure',
      workingDays: 10,
      signatureRequired: true,
    },
    {
      key: 'licensed-software',
      name: t('Licensierad programvara', 'Lisensiert programvare', 'Licensed software'),
      description: t(
        'Programvara med licenskostnad debiteras enheten.',
        'Programvare med lisenskostnad belastes enheten.',
        'Software with a licence cost is charged to the unit.',
      ),
      form: {
        fields: [
          field('software', t('Programvara', 'Programvare', 'Software'), 'TEXT', {
            required: true,
          }),
          field(
            'licences',
            t('Antal licenser', 'Antall lisenser', 'Number of licences'),
            'NUMBER',
            {
              required: true,
              correctable: true,
            },
          ),
          field('reason', REASON, 'TEXT', { correctable: true }),
        ],
        rules: [],
      },
      orderableBy: 'EVERYONE',
      approvalSteps: [manager],
      group: 'Applications',
      workingDays: 10,
      signatureRequired: true,
    },
    {
      key: 'remote-access',
      name: t('Distansåtkomst', 'Fjerntilgang', 'Remote access'),
      description: options.managerControlsRemoteAccess
        ? t(
            'Chefen beställer och anger vilken dator som ska ha åtkomst.',
            'Lederen bestiller og oppgir hvilken maskin som skal ha tilgang.',
            'The manager orders it and names the computer that gets access.',
          )
        : t(
            'Åtkomsten läggs upp automatiskt.',
            'Tilgangen settes opp automatisk.',
            'Access is set up automatically.',
          ),
      form: {
        fields: options.managerControlsRemoteAccess
          ? [
              field('computer', t('Datorns namn', 'Maskinens navn', 'Computer name'), 'TEXT', {
                required: true,
                help: t('T.ex. KAV-PC-01234', 'F.eks. KAV-PC-01234', 'E.g. KAV-PC-01234'),
                correctable: true,
              }),
            ]
          : [field('reason', REASON, 'TEXT')],
        rules: [],
      },
      orderableBy: options.managerControlsRemoteAccess ? 'MANAGERS' : 'EVERYONE',
      approvalSteps: [],
      group: 'Infrastructure',
      workingDays: 2,
      signatureRequired: false,
    },
    {
      key: 'international-calls',
      name: t(
        'Öppna för utlandssamtal',
        'Åpne for utenlandssamtaler',
        'Unlock international calls',
      ),
      description: t(
        'Mobilabonnemang öppnas för samtal till utlandet.',
        'Mobilabonnementet åpnes for samtaler til utlandet.',
        'The mobile subscription is opened for calls abroad.',
      ),
      form: {
        fields: [
          field('phone', t('Mobilnummer', 'Mobilnummer', 'Mobile number'), 'TEXT', {
            required: true,
          }),
          ...dates(true, true),
          field('reason', REASON, 'TEXT', { required: true, correctable: true }),
        ],
        rules: [...fromTo],
      },
      orderableBy: 'EVERYONE',
      approvalSteps: options.managerApprovesInternationalCalls ? [manager] : [],
      group: 'Service desk',
      workingDays: 2,
      signatureRequired: false,
    },
    {
      key: 'certificate',
      name: t('Intyg', 'Attest', 'Certificate'),
      description: t(
        'Går direkt till Lönecentrum utan chefens godkännande.',
        'Går direkte til lønn uten leders godkjenning.',
        'Goes straight to payroll, without the manager.',
      ),
      form: {
        fields: [
          field('kind', t('Typ av intyg', 'Type attest', 'Kind of certificate'), 'SELECT', {
            required: true,
            options: [
              option('EMPLOYMENT', t('Anställningsintyg', 'Arbeidsattest', 'Employment')),
              option('SERVICE', t('Tjänstgöringsintyg', 'Tjenesteattest', 'Service')),
              option(
                'LOST_INCOME',
                t('Intyg om förlorad arbetsinkomst', 'Tapt arbeidsinntekt', 'Lost income'),
              ),
              option('ANNUAL_INCOME', t('Årsinkomst', 'Årsinntekt', 'Annual income')),
            ],
          }),
          field('year', t('År', 'År', 'Year'), 'NUMBER'),
          field('note', t('Övrigt', 'Annet', 'Note'), 'TEXT'),
        ],
        rules: [],
      },
      orderableBy: 'EVERYONE',
      approvalSteps: [],
      group: PAYROLL_GROUP,
      workingDays: 5,
      signatureRequired: false,
    },
    {
      key: 'leave-application',
      name: t('Ledighetsansökan', 'Permisjonssøknad', 'Leave application'),
      description: t(
        'Skickas till din chef för godkännande och sedan till Lönecentrum.',
        'Sendes til lederen din for godkjenning og deretter til lønn.',
        'Goes to your manager for approval, then to payroll.',
      ),
      form: {
        fields: [
          field('kind', t('Typ av ledighet', 'Type permisjon', 'Kind of leave'), 'SELECT', {
            required: true,
            options: [
              option('VACATION', t('Semester', 'Ferie', 'Vacation')),
              option('PARENTAL', t('Föräldraledighet', 'Foreldrepermisjon', 'Parental leave')),
              option('UNPAID', t('Tjänstledighet', 'Ulønnet permisjon', 'Unpaid leave')),
            ],
          }),
          ...dates(true, true),
          field('extent', t('Omfattning (%)', 'Omfang (%)', 'Extent (%)'), 'NUMBER', {
            correctable: true,
          }),
          field('note', t('Meddelande', 'Melding', 'Message'), 'TEXT'),
        ],
        rules: [...fromTo],
      },
      orderableBy: 'EVERYONE',
      approvalSteps: [manager],
      group: PAYROLL_GROUP,
      workingDays: 5,
      signatureRequired: true,
    },
    {
      key: 'resignation',
      name: t('Egen uppsägning', 'Egen oppsigelse', 'Own resignation'),
      description: t(
        'Din chef godkänner, sedan skickas den till Lönecentrum.',
        'Lederen din godkjenner, deretter sendes den til lønn.',
        'Your manager approves it, then it goes to payroll.',
      ),
      form: {
        fields: [
          field(
            'lastDay',
            t('Sista anställningsdag', 'Siste arbeidsdag', 'Last day of employment'),
            'DATE',
            {
              required: true,
              correctable: true,
            },
          ),
          field('note', t('Meddelande', 'Melding', 'Message'), 'TEXT'),
        ],
        rules: [],
      },
      orderableBy: 'EVERYONE',
      approvalSteps: [manager],
      group: PAYROLL_GROUP,
      workingDays: 5,
      signatureRequired: true,
    },
    // Seed 004, "Tillsyn och granskning": on suspicion of a crime or a serious breach of the
    // rules an individual's e-mail, computer, phone etc. may be inspected. The responsible
    // manager decides together with the HR chief and the information-security chief; the
    // decision documents the reason and the result; the employee's union is told at once.
    {
      key: INSPECTION_ITEM,
      name: t(
        'Granskning av e-post eller filer',
        'Innsyn i e-post eller filer',
        'Inspection of a mailbox or files',
      ),
      description: t(
        'Vid misstanke om brott eller grov överträdelse: ansvarig chef, personalchef och informationssäkerhetschef beslutar. Facklig företrädare informeras. Den granskade ser inte ärendet.',
        'Ved mistanke om straffbart forhold eller grovt brudd: ansvarlig leder, personalsjef og informasjonssikkerhetssjef avgjør. Tillitsvalgt varsles. Den det gjelder ser ikke saken.',
        'On suspicion of a crime or a serious breach: the responsible manager, the HR chief and the information-security chief decide. The union representative is told. The person concerned does not see it.',
      ),
      form: {
        fields: [
          field(
            'scope',
            t('Vad som granskas', 'Hva det gis innsyn i', 'What is inspected'),
            'SELECT',
            {
              required: true,
              options: [
                option('MAILBOX', t('E-postlåda', 'E-postkasse', 'Mailbox')),
                option(
                  'FILES',
                  t('Filer och lagringsytor', 'Filer og lagringsområder', 'Files and storage'),
                ),
                option(
                  'MAILBOX_AND_FILES',
                  t('E-post och filer', 'E-post og filer', 'Mailbox and files'),
                ),
                option(
                  'COMPUTER_OR_PHONE',
                  t('Dator eller telefon', 'Datamaskin eller telefon', 'Computer or phone'),
                ),
              ],
            },
          ),
          field('details', t('Vad exakt', 'Hva nøyaktig', 'What exactly'), 'TEXT', {
            required: true,
            help: t(
              'Period, mappar, avsändare eller sökord – inte mer än som behövs',
              'Periode, mapper, avsendere eller søkeord – ikke mer enn nødvendig',
              'Period, folders, senders or search terms – no more than needed',
            ),
          }),
          field('ground', t('Grund', 'Grunnlag', 'Legal ground'), 'SELECT', {
            required: true,
            options: [
              option(
                'SUSPECTED_CRIME',
                t('Misstanke om brott', 'Mistanke om straffbart forhold', 'Suspected crime'),
              ),
              option(
                'SERIOUS_BREACH',
                t(
                  'Grov överträdelse av gällande regelverk',
                  'Grovt brudd på gjeldende regelverk',
                  'Serious breach of the rules',
                ),
              ),
            ],
          }),
          field('reason', t('Skäl', 'Begrunnelse', 'Reason'), 'TEXT', {
            required: true,
            help: t(
              'Vad misstanken grundar sig på',
              'Hva mistanken bygger på',
              'What the suspicion rests on',
            ),
          }),
        ],
        rules: [],
      },
      orderableBy: 'MANAGERS_AND_HR',
      approvalSteps: [
        manager,
        { kind: 'ROLE', role: 'HR_CHIEF' },
        { kind: 'ROLE', role: 'INFOSEC_CHIEF' },
      ],
      // No ticket: every agent would see it. The IT lead carries it out from the order itself.
      group: null,
      workingDays: null,
      signatureRequired: true,
      confidentiality: { observerRoles: ['UNION_REPRESENTATIVE'], executorRole: 'IT_LEAD' },
    },
  ];
}

/**
 * The service catalog a municipality starts with (seeds 000 and 002). Needs the tenant's
 * operator groups to be flushed already; adds the payroll group when it is missing.
 */
export async function seedCatalog(
  em: EntityManager,
  tenant: Tenant,
  options: CatalogSeedOptions,
  now: Date,
): Promise<CatalogItem[]> {
  const groups = new Map(
    (await em.find(OperatorGroup, { tenant: tenant.id }, { filters: false })).map((g) => [
      g.name,
      g,
    ]),
  );
  if (!groups.has(PAYROLL_GROUP)) {
    groups.set(
      PAYROLL_GROUP,
      em.create(OperatorGroup, { id: randomUUID(), tenant, name: PAYROLL_GROUP, line: 1 }),
    );
  }
  return items(options).map((seed, position) =>
    em.create(CatalogItem, {
      id: randomUUID(),
      tenant,
      key: seed.key,
      name: seed.name,
      description: seed.description,
      form: seed.form,
      orderableBy: seed.orderableBy,
      approvalSteps: seed.approvalSteps,
      fulfilmentGroup: seed.group ? (groups.get(seed.group) ?? null) : null,
      fulfilmentWorkingDays: seed.workingDays,
      signatureRequired: seed.signatureRequired,
      confidentiality: seed.confidentiality ?? null,
      position,
      active: true,
      createdAt: now,
      updatedAt: now,
    }),
  );
}
