/**
 * Finnish for the lint messages: bpmnlint's recommended rules, the Polku rules (processes/lint) and
 * the server's deployment checks (engine/runtime/validateModel.ts), which the modeler runs too.
 * Messages that carry a name or value are matched by pattern.
 */
export const FI_LINT: Record<string, string> = {
  'Element is missing bpmndi': 'Elementillä ei ole kaaviokuvaa',
  'Element is outside of parent boundary': 'Elementti on ylemmän elementtinsä rajojen ulkopuolella',
  'Element overlaps with other element': 'Elementti on toisen päällä',
  'Sequence flow is missing condition': 'Sekvenssivuolta puuttuu ehto',
  'Start event is missing event definition': 'Alkutapahtumalta puuttuu tapahtuman määrittely',
  'Start event must be blank': 'Alkutapahtuman on oltava tyhjä',
  'Element is an implicit end': 'Elementti päättää polun ilman lopputapahtumaa',
  'Element is an implicit start': 'Elementti aloittaa polun ilman alkutapahtumaa',
  'Element is missing label/name': 'Elementiltä puuttuu nimi',
  'Element is not connected': 'Elementtiä ei ole yhdistetty',
  'Event has multiple event definitions': 'Tapahtumalla on useita määrittelyjä',
  'Flow splits implicitly': 'Vuo haarautuu ilman haarautumista',
  'Gateway forks and joins': 'Haarautuminen sekä haarautuu että yhdistää',
  'Gateway is superfluous. It only has one source and target.': 'Haarautuminen on turha: sillä on vain yksi tulo ja yksi lähtö.',
  'Incoming flows do not join': 'Tulevat vuot eivät yhdisty',
  'Sequence flow has superfluous label': 'Sekvenssivuolla on turha nimi',
  'SequenceFlow is a duplicate': 'Sekvenssivuo on kaksoiskappale',
  'Termination is superfluous.': 'Lopettava lopputapahtuma on turha.',
  'Element is missing name': 'Elementiltä puuttuu nimi',
  'Element is unused': 'Elementtiä ei käytetä',
  'Element name is not unique': 'Elementin nimi ei ole yksilöllinen',
  'Duplicate outgoing sequence flows': 'Lähteviä sekvenssivoita on kaksi samanlaista',
  'Duplicate incoming sequence flows': 'Tulevia sekvenssivoita on kaksi samanlaista',
  'Link event is missing link name': 'Linkkitapahtumalta puuttuu linkin nimi',
  'Conditional event is missing a condition': 'Ehtotapahtumalta puuttuu ehto',
  'User task has no role: set camunda:candidateGroups or a lane property "role"':
    'Käyttäjätehtävällä ei ole roolia: valitse Polku-ryhmästä rooli tai anna kaistalle rooli.',
  'User task has no camunda:formKey': 'Käyttäjätehtävällä ei ole lomaketta: valitse Polku-ryhmästä lomake.',
  'Script tasks are not allowed': 'Skriptitehtäviä ei sallita: palvelin hylkää skriptit.',
  'the file has no executable process (isExecutable="true")':
    'Tiedostossa ei ole suoritettavaa prosessia: valitse prosessin ominaisuuksista ”Suoritettava”.',
  'scripts (language=/scriptFormat=) are refused': 'Skriptit (language= tai scriptFormat=) hylätään.',
  'a condition must be a FEEL expression starting with "="': 'Ehdon on oltava FEEL-lauseke, joka alkaa merkillä ”=”.',
  'a timer needs timeDuration, timeCycle or timeDate': 'Ajastimelta puuttuu kesto, toisto tai ajankohta.',
  'a call activity needs calledElement': 'Kutsuttavalta prosessilta puuttuu kutsuttavan prosessin tunnus.',
  'empty FEEL expression': 'FEEL-lauseke on tyhjä.',
  '{errors} Errors, {warnings} Warnings': '{errors} virhettä, {warnings} huomautusta',
  'No Issues': 'Ei huomautuksia',
  'Toggle linting overlays': 'Näytä tai piilota tarkistuksen merkinnät',
  'Issues for child elements': 'Alielementtien huomautukset',
};

/** Messages with a value in them: [pattern, Finnish with $1…]. */
export const FI_LINT_PATTERNS: [RegExp, string][] = [
  [/^Unknown role "(.*)"$/, 'Tuntematon rooli ”$1”.'],
  [/^Form "(.*)" does not exist in forms\/schemas$/, 'Lomaketta ”$1” ei ole.'],
  [/^expectedDuration "(.*)" is not an ISO 8601 duration$/, 'Odotettu kesto ”$1” ei ole ISO 8601 -kesto (esim. P14D).'],
  [/^Scripts are not allowed \((.*) with a script language\)$/, 'Skriptejä ei sallita ($1 skriptikielellä).'],
  [/^bpmn:ScriptTask is not allowed: scripts are refused$/, 'Skriptitehtäviä ei sallita: palvelin hylkää skriptit.'],
  [/^(\S+) is not allowed: scripts are refused$/, 'Skriptejä ei sallita: palvelin hylkää skriptit.'],
  [
    /^Flow out of gateway (.*) has neither a condition nor is the default$/,
    'Haarautumisesta lähtevällä vuolla ei ole ehtoa eikä se ole oletusvuo.',
  ],
  [/^FEEL syntax error at character (\d+)$/, 'FEEL-lausekkeessa on virhe merkin $1 kohdalla.'],
  [/^FEEL syntax error: (.*)$/, 'FEEL-lausekkeessa on virhe: $1'],
  [/^(timeDuration|timeCycle|timeDate): FEEL syntax error at character (\d+)$/, 'Ajastimen FEEL-lausekkeessa on virhe merkin $2 kohdalla.'],
  [/^(timeDuration|timeCycle|timeDate) "(.*)" is not valid ISO 8601$/, 'Ajastimen arvo ”$2” ei ole ISO 8601 -muodossa.'],
  [
    /^camunda:(In|Out): only source\/target and variables="all" are supported$/,
    'Muuttujien välityksessä tuetaan vain lähdettä, kohdetta ja kaikkia muuttujia.',
  ],
  [/^calledElement "(.*)" is not deployed$/, 'Kutsuttavaa prosessia ”$1” ei ole otettu käyttöön.'],
  [/^Element type <(.*)> is discouraged$/, 'Elementtityyppiä $1 ei suositella.'],
  [/^(.*) is missing start event$/, 'Prosessilta puuttuu alkutapahtuma.'],
  [/^(.*) is missing end event$/, 'Prosessilta puuttuu lopputapahtuma.'],
  [/^(.*) has multiple blank start events$/, 'Prosessilla on useita tyhjiä alkutapahtumia.'],
];
