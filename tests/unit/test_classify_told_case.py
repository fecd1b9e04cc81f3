"""Untitled cases told in the third person, as published French clinical cases tell a hospital stay.

Every text here was written for these tests, in the style of published case descriptions (« Patient âgé de
54 ans, admis pour … Le scanner montrait … Il a été opéré … Les suites ont été simples. »): they quote
scanners, biology panels and treatments with doses, yet each tells a stay, so each is a discharge summary.
The near misses beside them open on a patient too, but are a consultation, an exam's report, an operative
report, a prescription, a letter or a publication, and keep their types.
"""
from __future__ import annotations

import pytest

from docpipe.classify import classify, normalize
from docpipe.models import DocType

TOLD_CASES = {
    'urology': """Patient âgé de 54 ans, tabagique à 30 paquets-années, admis pour une hématurie macroscopique totale.
L'échographie rénale objectivait une masse tissulaire de 6 cm du pôle supérieur du rein gauche. La TDM thoraco-abdomino-pelvienne confirmait une tumeur rénale gauche sans adénopathie ni métastase.
Il a été opéré par néphrectomie élargie gauche par voie sous-costale. L'examen anatomopathologique concluait à un carcinome à cellules claires de grade 2.
Les suites ont été simples. Le patient est revu à 6 mois sans récidive.""",
    'meningioma': """Une femme de 42 ans présentait depuis trois mois des céphalées et une crise convulsive généralisée.
L'IRM cérébrale mettait en évidence une lésion extra-axiale frontale droite de 35 mm, en isosignal T1, rehaussée de façon homogène après injection de gadolinium, avec une queue durale.
L'exérèse chirurgicale complète a été réalisée par voie frontale. L'histologie confirmait un méningiome méningothélial de grade I.
Les suites opératoires ont été marquées par une crise convulsive traitée par lévétiracétam 500 mg deux fois par jour. La patiente est sortie au dixième jour.""",
    'meningitis infant': """Nourrisson de 8 mois, sans antécédent particulier, amené aux urgences pédiatriques pour une fièvre à 40 °C évoluant depuis 48 heures.
L'examen trouvait un enfant geignard avec une fontanelle bombante. La ponction lombaire ramenait un liquide trouble : 1200 éléments/mm3, protéinorachie 1,8 g/L, glycorachie 0,2 g/L. L'examen direct montrait des diplocoques Gram positif.
Le traitement a associé céfotaxime 300 mg/kg/j et vancomycine pendant 10 jours.
L'évolution était favorable avec une apyrexie à J3. Les potentiels évoqués auditifs étaient normaux.""",
    'hellp': """Mme B., 28 ans, deuxième geste, primipare, à 34 semaines d'aménorrhée, a été reçue pour des céphalées et une tension artérielle à 170/110 mmHg.
La protéinurie des 24 heures était à 3,2 g. Le bilan biologique retrouvait une thrombopénie à 85 000/mm3, des ASAT à 180 UI/L et des LDH à 900 UI/L, faisant retenir un HELLP syndrome.
Une césarienne a été réalisée en urgence sous rachianesthésie. L'enfant pesait 2100 g, Apgar 8 puis 10.
Le post-partum a été marqué par une éclampsie traitée par sulfate de magnésium. La patiente a quitté la maternité à J7 sous nicardipine 20 mg trois fois par jour.""",
    'heart failure': """Homme de 71 ans, diabétique, aux antécédents d'infarctus du myocarde antérieur.
Il se présentait pour une dyspnée de stade III de la NYHA d'aggravation progressive depuis quinze jours, avec des œdèmes des membres inférieurs.
L'ECG montrait un bloc de branche gauche. L'échocardiographie transthoracique retrouvait une FEVG à 30 %. NT-proBNP 4500 pg/mL, créatinine 130 µmol/L.
Il a reçu du furosémide intraveineux 80 mg par jour. Le traitement de fond a été optimisé : bisoprolol 2,5 mg/j, ramipril 5 mg/j, spironolactone 25 mg/j, dapagliflozine 10 mg/j.
Il est rentré chez lui après huit jours.""",
    'ulcer bleed': """Patiente de 66 ans, sous anti-inflammatoires pour une gonarthrose, admise pour un méléna et un malaise.
L'hémoglobine était à 6,8 g/dL. Elle a été transfusée de trois culots globulaires.
La fibroscopie œso-gastro-duodénale réalisée dans les 24 heures montrait un ulcère bulbaire Forrest IIa, traité par injection d'adrénaline et pose de clips.
Un traitement par ésoméprazole à la seringue électrique 8 mg/h a été instauré pendant 72 heures. La recherche d'Helicobacter pylori était positive et un traitement d'éradication a été prescrit.
Il n'y a pas eu de récidive hémorragique.""",
    'tibia fracture': """Un homme de 35 ans a été victime d'un accident de la voie publique en moto.
Il présentait une déformation de la jambe droite avec une plaie de 3 cm. Les radiographies objectivaient une fracture ouverte des deux os de la jambe.
Il a été pris en charge au bloc opératoire en urgence : parage, lavage et enclouage centromédullaire verrouillé du tibia.
Une antibioprophylaxie par amoxicilline-acide clavulanique a été administrée pendant 48 heures. La consolidation était obtenue à 4 mois.""",
    'catatonia': """Jeune femme de 23 ans, sans antécédent psychiatrique, amenée par sa famille pour un mutisme et un refus alimentaire depuis dix jours.
L'examen retrouvait une catalepsie, un négativisme et une rigidité. Le bilan biologique, la ponction lombaire et l'IRM cérébrale étaient normaux.
Le diagnostic de catatonie a été retenu. Elle a reçu du lorazépam 2,5 mg trois fois par jour avec une amélioration spectaculaire dès 48 heures.
Un épisode dépressif majeur a ensuite été diagnostiqué et un antidépresseur introduit.""",
    'tuberculosis hiv': """Patient de 45 ans présentant depuis un mois une fièvre vespérale, des sueurs nocturnes et un amaigrissement de 8 kg.
La radiographie thoracique montrait un aspect de miliaire. La recherche de BAAR dans les crachats était positive. La sérologie VIH était positive avec des CD4 à 85/mm3.
Un traitement antituberculeux associant rifampicine, isoniazide, pyrazinamide et éthambutol a été débuté, suivi deux semaines plus tard d'un traitement antirétroviral.
L'évolution a été marquée par un syndrome inflammatoire de reconstitution immunitaire, contrôlé par une corticothérapie.""",
    'lyell': """Une femme de 58 ans a présenté, dix jours après l'introduction de l'allopurinol, une éruption maculo-papuleuse fébrile évoluant en 48 heures vers un décollement cutané de 20 % de la surface corporelle, avec atteinte des muqueuses.
Le bilan montrait une cytolyse hépatique et une insuffisance rénale aiguë. Le diagnostic de nécrolyse épidermique toxique a été porté.
L'allopurinol a été arrêté et la patiente a été transférée en réanimation. La réépidermisation était complète en trois semaines.""",
    'myeloma kidney': """Patient de 60 ans, suivi pour un myélome à chaînes légères kappa, présentant une insuffisance rénale aiguë avec une créatinine à 650 µmol/L et une kaliémie à 6,8 mmol/L.
Une hémodialyse a été débutée en urgence. La ponction-biopsie rénale montrait une néphropathie à cylindres myélomateux.
Une chimiothérapie par bortézomib et dexaméthasone a été instaurée. Le patient a pu être sevré de la dialyse après trois semaines.""",
    'aortic aneurysm': """Homme de 68 ans, tabagique, présentant une douleur abdominale brutale avec un état de choc.
L'angioscanner montrait un anévrisme de l'aorte abdominale sous-rénale de 75 mm, rompu, avec un hématome rétropéritonéal.
Il a été opéré en urgence : mise à plat et greffe aorto-bi-iliaque par laparotomie médiane.
Les suites ont été marquées par une insuffisance rénale aiguë transitoire. Le patient est sorti à J15.""",
    'adrenal crisis': """Une patiente de 38 ans était admise pour des vomissements et une asthénie profonde.
La natrémie était à 121 mmol/L, la kaliémie à 6,1 mmol/L et le cortisol de 8 heures effondré à 15 nmol/L, avec une ACTH élevée.
Le diagnostic d'insuffisance surrénalienne aiguë a été retenu. Elle a reçu de l'hydrocortisone intraveineuse et une réhydratation.
Le relais a été pris par hydrocortisone 20 mg par jour et fludrocortisone 50 µg par jour.""",
    'stroke': """M. K., 74 ans, hypertendu, a présenté une hémiplégie droite et une aphasie d'installation brutale.
L'IRM cérébrale réalisée deux heures après le début des symptômes montrait un infarctus sylvien gauche avec occlusion de l'artère cérébrale moyenne.
Une thrombolyse intraveineuse par altéplase a été réalisée, suivie d'une thrombectomie mécanique.
Le Holter ECG a révélé une fibrillation atriale paroxystique. Une anticoagulation par apixaban 5 mg deux fois par jour a été introduite à J7. Il a ensuite été transféré en rééducation.""",
    'pancreatitis': """Il s'agit d'un homme de 49 ans, éthylique chronique, qui a consulté aux urgences pour des douleurs épigastriques transfixiantes avec vomissements.
La lipasémie était à 12 fois la normale. La TDM abdominale à 72 heures montrait une pancréatite aiguë stade E de Balthazar avec nécrose de 30 %.
La prise en charge a comporté une réhydratation, une analgésie par morphine et une nutrition entérale par sonde naso-jéjunale.
À la troisième semaine, une infection de la nécrose a nécessité un drainage percutané puis une nécrosectomie endoscopique. L'évolution a finalement été favorable.""",
    'child pneumonia': """Enfant de 4 ans, correctement vacciné, reçu pour une toux fébrile et une polypnée.
La radiographie du thorax montrait une opacité systématisée lobaire inférieure droite avec un épanchement pleural de moyenne abondance, confirmé par l'échographie.
La CRP était à 280 mg/L. Une ponction pleurale a ramené un liquide purulent et un drain thoracique a été posé.
Il a été traité par céfotaxime et clindamycine par voie intraveineuse pendant 10 jours, puis amoxicilline per os. L'évolution clinique et radiologique a été favorable.""",
    'present appendicitis': """Patiente de 45 ans, sans antécédents, qui consulte aux urgences pour une douleur de la fosse iliaque droite évoluant depuis 24 heures.
L'examen retrouve une défense localisée. Les leucocytes sont à 15 G/L et la CRP à 85 mg/L.
Le scanner abdominal montre un appendice de 12 mm avec une infiltration de la graisse péri-appendiculaire.
Une appendicectomie par cœlioscopie est réalisée le jour même. Les suites sont simples.""",
    "s'agissait": """Il s'agissait d'un patient de 48 ans, éthylo-tabagique, qui présentait une dysphagie aux solides évoluant depuis trois mois avec un amaigrissement de 10 kg.
La fibroscopie œsogastroduodénale objectivait une tumeur bourgeonnante du tiers moyen de l'œsophage dont les biopsies ont conclu à un carcinome épidermoïde.
Le bilan d'extension par TDM thoraco-abdominale ne retrouvait pas de métastase.
Le patient a reçu une radiochimiothérapie concomitante puis une œsophagectomie selon Lewis-Santy. Il est décédé de récidive à 14 mois.""",
    'nous rapportons': """Nous rapportons le cas d'une patiente âgée de 33 ans, sans antécédent, admise pour des douleurs abdominales et une aménorrhée de 7 semaines.
Le taux de bêta-HCG était de 4500 UI/L. L'échographie endovaginale montrait un utérus vide et un épanchement du cul-de-sac de Douglas.
Une cœlioscopie en urgence a permis une salpingectomie droite pour grossesse extra-utérine rompue. Les suites opératoires ont été simples.""",
    'titled observation': """Observation
Monsieur T., 56 ans, diabétique de type 2 mal équilibré, a été adressé pour une plaie plantaire du pied droit.
La radiographie du pied montrait une ostéolyse de la tête du deuxième métatarsien. L'IRM confirmait une ostéite.
Une amputation du deuxième rayon a été réalisée. Les prélèvements osseux ont isolé un Staphylococcus aureus sensible à la méticilline.
Une antibiothérapie par cloxacilline intraveineuse puis par voie orale a été poursuivie six semaines.""",
    'little girl': """La petite A., 6 ans, est amenée par ses parents pour une boiterie fébrile de la hanche gauche.
Température 39,2 °C, CRP 120 mg/L, leucocytes 18 000/mm3. L'échographie de hanche retrouve un épanchement intra-articulaire.
Une arthrotomie de lavage est pratiquée en urgence ; la culture du liquide articulaire isole Kingella kingae.
Elle est traitée par amoxicilline intraveineuse pendant 5 jours puis par voie orale. L'évolution est favorable.""",
    'letterhead then case': """Centre Hospitalier Universitaire
Service de Pneumologie
Monsieur P., 67 ans, ancien fumeur, est hospitalisé pour une hémoptysie de moyenne abondance.
La TDM thoracique montre une masse lobaire supérieure droite de 45 mm. La fibroscopie bronchique permet des biopsies : adénocarcinome.
Le TEP-scanner ne montre pas de localisation à distance. Une lobectomie supérieure droite est réalisée par thoracoscopie.""",
    'elderly fall': """Une dame de 87 ans, vivant seule, a été retrouvée au sol par son aide-ménagère.
À son arrivée, elle était confuse, déshydratée, avec des CPK à 12 000 UI/L et une créatinine à 210 µmol/L.
La radiographie du bassin ne montrait pas de fracture. Une réhydratation intraveineuse a été instaurée.
La fonction rénale s'est normalisée en cinq jours. Une entrée en EHPAD a été organisée.""",
    'no age': """Un patient diabétique insulino-dépendant consultait pour une fièvre et une tuméfaction douloureuse de la région cervicale.
Le scanner cervical objectivait une collection de l'espace parapharyngé gauche.
Un drainage chirurgical par voie cervicale a été réalisé sous anesthésie générale et une antibiothérapie par céfotaxime et métronidazole a été instaurée.
L'évolution a été favorable et le patient a quitté l'hôpital à J10.""",
    'newborn': """Un nouveau-né de sexe masculin, issu d'une grossesse mal suivie, né à 38 SA par voie basse, pesant 3200 g, a présenté à la 6e heure de vie une détresse respiratoire.
La radiographie thoracique montrait un aspect de poumon blanc bilatéral. La CRP était à 45 mg/L à H24.
Il a été intubé et ventilé pendant 4 jours et traité par ampicilline et gentamicine. Les hémocultures sont revenues positives à streptocoque B.""",
    'ent abscess': """Femme de 29 ans, enceinte de 20 semaines, présentant une odynophagie et un trismus depuis quatre jours.
L'examen ORL retrouvait un bombement du pilier amygdalien gauche. La ponction à l'aiguille a ramené 3 mL de pus.
Une incision-drainage a été effectuée sous anesthésie locale, associée à une antibiothérapie par amoxicilline-acide clavulanique.
La grossesse s'est poursuivie sans complication.""",
    'present cardiology': """Patient de 58 ans, fumeur, admis pour une douleur thoracique constrictive au repos depuis deux heures.
L'ECG montre un sus-décalage du segment ST en antérieur. La troponine est à 2500 ng/L.
La coronarographie retrouve une occlusion de l'IVA proximale, traitée par angioplastie et pose d'un stent actif.
Le patient est mis sous aspirine, ticagrélor, bisoprolol, ramipril et atorvastatine 80 mg. Il sort à J5.""",
    'rheum flare': """Patiente de 34 ans suivie pour un lupus systémique, hospitalisée pour une poussée rénale avec syndrome néphrotique.
Protéinurie 6 g/24 h, albuminémie 22 g/L, anticorps anti-ADN natif élevés, complément effondré.
La biopsie rénale a montré une glomérulonéphrite lupique de classe IV.
Un traitement d'induction par bolus de méthylprednisolone puis cyclophosphamide a été débuté, avec rémission partielle à 6 mois.""",
    'gyneco': """Mme F., 41 ans, G4P3, sans antécédent chirurgical, est admise pour des métrorragies abondantes avec anémie.
Hb : 7,1 g/dL
Ferritine : 4 µg/L
L'échographie pelvienne mettait en évidence un utérus polymyomateux de 14 cm. Après transfusion de deux culots, une hystérectomie totale inter-annexielle par laparotomie a été réalisée. Les suites ont été simples et la patiente est sortie au 5e jour sous fer injectable.""",
    'child diabetes': """Garçon de 11 ans, sans antécédent, amené par sa mère pour une polyuro-polydipsie depuis trois semaines, une perte de 4 kg et des douleurs abdominales.
Glycémie 4,8 g/L, pH 7,12, bicarbonates 8 mmol/L, cétonurie +++.
Le diagnostic d'acidocétose inaugurale d'un diabète de type 1 a été porté. Il a été réhydraté et mis sous insulinothérapie intraveineuse, relayée au troisième jour par un schéma basal-bolus.
Une éducation thérapeutique a été faite avec l'enfant et ses parents.""",
    'ortho hip': """Patiente de 82 ans, autonome, victime d'une chute de sa hauteur avec impotence fonctionnelle du membre inférieur droit.
Les radiographies du bassin et de la hanche droite objectivaient une fracture du col fémoral Garden IV.
Une prothèse intermédiaire de hanche a été mise en place le lendemain. Le lever a été autorisé à J1 avec appui complet.
Elle a été transférée en soins de suite et de réadaptation à J6.""",
    'hepato': """Homme de 57 ans, cirrhotique d'origine alcoolique, présentant une augmentation du volume abdominal et une confusion.
L'échographie abdominale montrait une ascite de grande abondance et un foie dysmorphique sans lésion focale.
La ponction d'ascite retrouvait 650 polynucléaires neutrophiles/mm3, confirmant une infection du liquide d'ascite.
Une antibiothérapie par céfotaxime associée à de l'albumine a été administrée. L'encéphalopathie a régressé sous lactulose.""",
    'infectious endocarditis': """Un homme âgé de 39 ans, toxicomane par voie intraveineuse, était hospitalisé pour une fièvre à 40 °C avec altération de l'état général.
Trois hémocultures sur trois isolaient un Staphylococcus aureus. L'échographie transœsophagienne montrait une végétation de 15 mm sur la valve tricuspide.
Le scanner thoracique objectivait de multiples emboles pulmonaires septiques.
Sous cloxacilline et gentamicine, l'apyrexie était obtenue au 10e jour.""",
    'neuro gbs': """Patient de 30 ans ayant présenté trois semaines auparavant une diarrhée, consultant pour des paresthésies des extrémités puis une faiblesse ascendante des membres inférieurs.
L'examen notait une tétraparésie flasque aréflexique. La ponction lombaire montrait une dissociation albumino-cytologique (protéinorachie 1,9 g/L, 2 éléments/mm3).
L'électromyogramme était en faveur d'une polyradiculonévrite aiguë démyélinisante.
Il a reçu des immunoglobulines intraveineuses 0,4 g/kg/j pendant 5 jours. La récupération motrice a été complète en deux mois.""",
    'urology present': """Monsieur L., 72 ans, est reçu aux urgences pour une rétention aiguë d'urine.
Un sondage vésical ramène 1200 mL d'urines claires. Le PSA est à 8 ng/mL. L'échographie montre une prostate de 80 g.
Une résection transurétrale de prostate est réalisée après échec du sevrage de la sonde. L'histologie conclut à une hyperplasie bénigne.""",
    'pediatric surgery': """Un nourrisson de 5 semaines, nourri au biberon, présentait des vomissements en jet après chaque biberon depuis dix jours, avec une cassure de la courbe pondérale.
L'échographie abdominale montrait une olive pylorique de 5 mm d'épaisseur et 20 mm de long. L'ionogramme retrouvait une alcalose hypochlorémique.
Après correction des troubles hydroélectrolytiques, une pylorotomie extramuqueuse a été réalisée par voie ombilicale. L'alimentation a été reprise à H6.""",
    'profession': """Un cultivateur de 45 ans, sans antécédent, a été reçu pour une morsure de serpent à la jambe gauche survenue six heures plus tôt.
Il présentait un œdème extensif jusqu'à la racine de la cuisse et des gingivorragies. Le temps de coagulation sur tube sec était supérieur à 30 minutes.
Deux ampoules de sérum antivenimeux ont été administrées, avec une correction de la coagulation à H12. Une aponévrotomie de décharge a été nécessaire à J2.""",
    'notre patient': """Notre patient, âgé de 38 ans, était suivi pour une maladie de Crohn iléale depuis dix ans.
Il présentait depuis une semaine des douleurs de la fosse iliaque droite avec une fièvre à 39 °C. L'entéro-IRM objectivait un abcès de 5 cm au contact de l'iléon terminal.
Un drainage percutané a été réalisé sous contrôle scanographique, puis une résection iléo-caecale à distance. Les suites ont été simples.""",
    'cas 1': """Cas 1 : Mme A., 52 ans, était hospitalisée pour une dyspnée fébrile.
La radiographie montrait des opacités alvéolaires bilatérales. Le lavage broncho-alvéolaire retrouvait Pneumocystis jirovecii.
Elle a été traitée par cotrimoxazole et corticoïdes, avec une évolution favorable.""",
    'young soldier': """Un militaire de 22 ans a été évacué pour un coup de chaleur d'exercice survenu lors d'une marche.
À son arrivée, la température était de 41,2 °C, avec un score de Glasgow à 9. Les CPK étaient à 45 000 UI/L et les transaminases à 30 fois la normale.
Il a été refroidi, intubé et transféré en réanimation, où il a présenté une insuffisance hépatique aiguë. Il est sorti à J21 sans séquelle.""",
    'child burn': """Une fillette âgée de 3 ans a été victime d'une brûlure par eau chaude sur 15 % de la surface corporelle, de deuxième degré profond.
Elle a bénéficié d'un remplissage selon la formule de Carvajal et de pansements quotidiens sous sédation.
Une greffe de peau mince a été réalisée à J14. La cicatrisation était obtenue à J30.""",
    'sejourne structured': """Service de Cardiologie
Madame Y., 77 ans, a séjourné dans le service du 3 au 10 mars 2024 pour une fibrillation atriale rapide.
Antécédents : HTA, diabète de type 2.
Examen clinique à l'entrée : FC 150/min, TA 130/80, crépitants des bases.
Examens complémentaires : ETT : FEVG 45 %. TSH normale.
Évolution : ralentissement sous bisoprolol, anticoagulation par apixaban.
Nous la reverrons en consultation dans trois mois.""",
    'case with follow-up': """Patiente de 52 ans, sans antécédent, admise pour un ictère cutanéo-muqueux indolore.
L'échographie montrait une dilatation des voies biliaires intra- et extra-hépatiques. La bili-IRM objectivait une sténose du cholédoque distal.
Une duodénopancréatectomie céphalique a été réalisée. L'examen histologique concluait à un ampullome.
Les suites ont été simples. Elle est revue en consultation à 6 mois, sans récidive.""",
    'short image': """Patiente de 72 ans, diabétique, admise pour des douleurs abdominales fébriles. Le scanner abdominal a objectivé une cholécystite emphysémateuse. Une cholécystectomie en urgence a été réalisée avec des suites simples.""",
    'ophtalmo inpatient': """Un enfant de 9 ans a été reçu pour une exophtalmie droite douloureuse et fébrile, compliquant une sinusite ethmoïdale. La TDM orbitaire montrait un abcès sous-périosté. Il a été traité par une antibiothérapie intraveineuse associée à un drainage chirurgical par voie endoscopique.""",
    'oncology long': """Mme S., 47 ans, sans antécédent particulier, a consulté pour un nodule du sein gauche découvert à l'autopalpation.
La mammographie et l'échographie retrouvaient une masse de 25 mm classée ACR 5. La microbiopsie concluait à un carcinome canalaire infiltrant, RH positifs, HER2 négatif.
Le bilan d'extension était négatif. Une tumorectomie avec ganglion sentinelle a été réalisée, suivie d'une radiothérapie et d'une hormonothérapie.
Après un recul de 3 ans, la patiente est en rémission complète.""",
    'psych': """Un homme de 35 ans, sans antécédent psychiatrique, a été amené par la police pour une agitation avec des idées délirantes de persécution. Le bilan toxicologique était positif au cannabis. Il a été hospitalisé sous contrainte et traité par rispéridone, avec une amélioration en deux semaines.""",
    'hematology': """Patient de 19 ans présentant une asthénie, des ecchymoses et une fièvre. L'hémogramme montrait une pancytopénie avec 40 % de blastes. Le myélogramme a confirmé une leucémie aiguë myéloïde. Une chimiothérapie d'induction a été débutée, compliquée d'une aplasie fébrile.""",
    'gyn emergency': """Une patiente de 25 ans, sous contraceptif oral, s'est présentée aux urgences pour des douleurs pelviennes brutales. L'échographie pelvienne objectivait un kyste ovarien droit de 7 cm avec un épanchement. Une cœlioscopie a permis la détorsion de l'annexe et une kystectomie.""",
    'letter we did': """Cher confrère,
Votre patiente, Mme L., a présenté une douleur thoracique le 3 mars. Nous avons réalisé un angioscanner qui a éliminé une embolie pulmonaire.
La coronarographie a montré une sténose serrée de la coronaire droite, traitée par angioplastie. Elle est rentrée à domicile le 6 mars sous double antiagrégation.
Bien confraternellement.""",
    'letter present': """Chère consœur,
Je vous informe que votre patient M. B. est pris en charge dans le service depuis le 12 avril pour une pneumopathie hypoxémique.
Il bénéficie d'une oxygénothérapie et d'une antibiothérapie par ceftriaxone. L'évolution est lentement favorable.
Je vous tiendrai informée de la suite.""",
    'structured untitled': """Motif d'entrée : altération de l'état général
Histoire de la maladie : patiente de 88 ans vivant seule, retrouvée au sol.
Examen clinique à l'entrée : déshydratation, escarre sacrée.
Biologie : créatinine 180 µmol/L, CPK 3000 UI/L.
Évolution : réhydratation, amélioration de la fonction rénale.
Devenir : transfert en SSR.""",
}

NEAR_MISSES = {
    'consultation letter': (DocType.CONSULTATION_REPORT, """Cher confrère,
Je vois ce jour en consultation Mme L., 54 ans, pour des lombalgies chroniques.
À l'examen, pas de déficit neurologique, Lasègue négatif. L'IRM lombaire montre une discopathie L4-L5.
Je lui propose une rééducation et je la reverrai dans trois mois.
Bien confraternellement."""),
    'imaging report': (DocType.IMAGING_REPORT, """IRM CÉRÉBRALE
Indication : céphalées chez une patiente de 42 ans.
Technique : séquences T1, T2 FLAIR, diffusion, T1 après injection de gadolinium.
Résultat : lésion extra-axiale frontale droite de 35 mm, rehaussée de façon homogène, avec queue durale. Pas d'effet de masse significatif.
Conclusion : aspect de méningiome frontal droit."""),
    'operative report': (DocType.OPERATIVE_REPORT, """COMPTE RENDU OPÉRATOIRE
Opérateur : Dr X. Anesthésie générale.
Installation en décubitus dorsal. Incision sous-costale gauche. Dissection du pédicule rénal, ligature de l'artère puis de la veine.
Néphrectomie élargie. Hémostase soigneuse. Drain de Redon. Fermeture plan par plan."""),
    'abstract': (DocType.OTHER, """Introduction : la pancréatite aiguë grave reste une cause importante de mortalité.
Méthodes : étude rétrospective de 85 patients hospitalisés entre 2015 et 2020.
Résultats : l'âge moyen était de 52 ans, le sex-ratio de 2,1. La mortalité était de 12 %.
Conclusion : la nécrose infectée est le principal facteur pronostique."""),
    'prescription': (DocType.PRESCRIPTION, """Dr Martin
Le 12/03/2024
Amoxicilline 1 g : 1 comprimé matin, midi et soir pendant 7 jours.
Paracétamol 1 g : 1 comprimé si douleurs, sans dépasser 4 par jour.
QSP 7 jours."""),
    'outpatient consultation': (DocType.CONSULTATION_REPORT, """Consultation de dermatologie
Patient de 35 ans vu pour des lésions du cuir chevelu évoluant depuis six mois.
Examen : plaques érythémato-squameuses bien limitées des coudes et du cuir chevelu.
Diagnostic : psoriasis en plaques. Traitement local par dermocorticoïde. Revoir dans deux mois."""),
    'present consultation third person': (DocType.CONSULTATION_REPORT, """Patiente de 45 ans adressée par son médecin traitant pour des troubles du sommeil.
Elle décrit des réveils nocturnes fréquents depuis six mois. Pas de ronflement rapporté.
Examen clinique : IMC 23, examen ORL normal.
Je propose un agenda du sommeil et une polysomnographie. Je la reverrai avec les résultats."""),
    'imaging with age': (DocType.IMAGING_REPORT, """Échographie abdominale
Patient de 54 ans, douleurs de l'hypocondre droit.
Foie de taille normale, d'échostructure homogène. Vésicule biliaire lithiasique, à paroi fine. Voies biliaires non dilatées.
Conclusion : lithiase vésiculaire non compliquée."""),
    'operative report with age': (DocType.OPERATIVE_REPORT, """Compte rendu opératoire
Patient de 24 ans opéré pour appendicite aiguë.
Anesthésie générale. Installation en décubitus dorsal. Open cœlioscopie ombilicale, pneumopéritoine, deux trocarts de 5 mm.
Appendice inflammatoire, appendicectomie après ligature du méso. Fermeture plan par plan."""),
    'past consultation': (DocType.CONSULTATION_REPORT, """Consultation de neurologie
Madame R., 62 ans, est venue pour des tremblements de la main droite.
L'examen montre un tremblement de repos et une rigidité du membre supérieur droit.
Conclusion : syndrome parkinsonien. Je débute la lévodopa et je la reverrai dans 3 mois."""),
    'research case series': (DocType.OTHER, """Résumé
Introduction : les abcès du psoas sont rares chez l'enfant.
Patients et méthodes : étude rétrospective de 12 patients hospitalisés entre 2010 et 2020.
Résultats : l'âge moyen était de 9 ans. Le scanner a été réalisé chez tous les patients. Le drainage a été nécessaire dans 7 cas.
Conclusion : le diagnostic repose sur l'imagerie."""),
    'prescription with age': (DocType.PRESCRIPTION, """Ordonnance
Mme Dupont, 54 ans, 62 kg
Amoxicilline 1 g : 1 comprimé matin et soir pendant 6 jours.
Paracétamol 1 g si douleur, maximum 3 par jour."""),
    'referral letter': (DocType.LETTER, """Cher confrère,
Je vous adresse Mme L., 72 ans, pour avis concernant une anémie ferriprive découverte au bilan.
Elle a été traitée par fer oral sans amélioration. Une coloscopie me semble indiquée.
Je vous remercie de la recevoir. Bien confraternellement."""),
    'consultation past first person': (DocType.CONSULTATION_REPORT, """Madame R., 62 ans, a consulté pour des tremblements de la main droite apparus il y a un an.
L'examen montrait un tremblement de repos et une rigidité. Une IRM cérébrale a été réalisée et était normale.
Je l'ai revue ce jour : nette amélioration sous lévodopa 100 mg trois fois par jour.
Je la reverrai dans six mois."""),
    'consultation form': (DocType.CONSULTATION_REPORT, """Motif de consultation : douleurs du genou droit
Patiente de 67 ans, suivie pour une gonarthrose.
Examen clinique : épanchement modéré, flexion limitée à 100°.
Radiographie : pincement fémoro-tibial interne.
Conclusion : infiltration proposée, revoir dans 3 mois."""),
    'anapath': (DocType.LAB_RESULT, """COMPTE RENDU D'ANATOMIE PATHOLOGIQUE
Patient de 54 ans. Néphrectomie élargie gauche.
Macroscopie : tumeur de 6 cm du pôle supérieur.
Microscopie : carcinome à cellules claires, grade 2. Marges saines.
Conclusion : carcinome rénal à cellules claires pT1b."""),
    'drug leaflet': (DocType.OTHER, """Ce médicament est indiqué chez l'adulte dans le traitement de l'hypertension artérielle.
Posologie recommandée : 5 mg une fois par jour. Chez le sujet âgé, la dose initiale est de 2,5 mg.
Contre-indications : hypersensibilité à la substance active ou à l'un des excipients.
Effets indésirables : céphalées, œdèmes des chevilles, bouffées vasomotrices."""),
    'endoscopy': (DocType.OPERATIVE_REPORT, """COMPTE RENDU DE COLOSCOPIE
Patient de 61 ans, dépistage après test immunologique positif.
Préparation satisfaisante. Progression jusqu'au bas-fond caecal. Polype sessile de 8 mm du sigmoïde, réséqué à l'anse diathermique.
Conclusion : polypectomie, contrôle à 3 ans selon histologie."""),
    'whole abstract': (DocType.OTHER, """La maladie de Castleman est une affection lymphoproliférative rare, de diagnostic difficile.
Nous rapportons le cas d'une patiente de 35 ans admise pour des adénopathies médiastinales isolées.
Le scanner thoracique montrait une masse médiastinale de 6 cm. L'exérèse chirurgicale a permis le diagnostic de forme hyalinovasculaire.
À travers cette observation et une revue de la littérature, nous discutons les aspects diagnostiques et thérapeutiques de cette entité."""),
    'consultation third person present': (DocType.CONSULTATION_REPORT, """Consultation d'hépatologie
Un homme de 52 ans est adressé pour une élévation des transaminases découverte lors d'un bilan systématique.
Il ne consomme pas d'alcool. L'échographie montre une stéatose. Le FibroScan est à 6 kPa.
Diagnostic : stéatose hépatique métabolique. Conseils hygiéno-diététiques, contrôle du bilan dans 6 mois."""),
    'discharge letter with title': (DocType.DISCHARGE_SUMMARY, """COMPTE RENDU D'HOSPITALISATION
Service de gastro-entérologie
Motif d'hospitalisation : hémorragie digestive haute.
Évolution : favorable après traitement endoscopique.
Traitement de sortie : ésoméprazole 40 mg par jour pendant 8 semaines."""),
    'consultation history past no first person': (DocType.CONSULTATION_REPORT, """Consultation de rhumatologie
Mme X, 45 ans, présente depuis trois mois des lombalgies avec une irradiation dans la jambe gauche.
Elle a été traitée par anti-inflammatoires sans succès. Une IRM a été réalisée, qui montrait une hernie discale L5-S1.
Examen clinique : Lasègue positif à 40°, pas de déficit moteur.
Conclusion : lombosciatique L5 gauche. Infiltration épidurale à programmer, revoir dans un mois."""),
    'consultation untitled history past': (DocType.CONSULTATION_REPORT, """M. B., 70 ans, diabétique, est adressé pour une plaie du gros orteil droit.
Il a été opéré d'un pontage fémoro-poplité en 2019. Le doppler réalisé en janvier montrait une perméabilité du pontage.
Examen : plaie de 1 cm, propre, pouls pédieux perçu.
Conduite à tenir : soins locaux, décharge, revoir dans quinze jours."""),
    'consult gyn': (DocType.CONSULTATION_REPORT, """Patiente de 25 ans, vue pour un désir de contraception. Pas d'antécédent thromboembolique. TA 118/72. Examen gynécologique normal. Frottis réalisé. Prescription d'une pilule œstroprogestative, à revoir dans 3 mois."""),
    'abstract series': (DocType.OTHER, """Objectif : évaluer la prise en charge des fractures de l'extrémité distale du radius chez l'adulte.
Méthodes : étude rétrospective de 120 patients opérés entre 2015 et 2020.
Résultats : l'âge moyen était de 54 ans. Le taux de consolidation était de 96 %.
Conclusion : l'ostéosynthèse par plaque donne de bons résultats."""),
}


@pytest.mark.parametrize("name", list(TOLD_CASES))
def test_untitled_case_told_in_the_third_person_is_a_discharge_summary(name):
    result = classify(TOLD_CASES[name])
    assert result.doc_type == DocType.DISCHARGE_SUMMARY
    assert result.matched_terms["discharge_summary"][0] == normalize("décidé par : séjour hospitalier raconté")


@pytest.mark.parametrize("name", list(NEAR_MISSES))
def test_a_document_opening_on_a_patient_keeps_its_own_type(name):
    expected, text = NEAR_MISSES[name]
    assert classify(text).doc_type == expected


def test_the_opening_that_presented_the_patient_is_shown_as_evidence():
    terms = classify(TOLD_CASES["urology"]).matched_terms["discharge_summary"]
    assert normalize("cas présenté en ouverture (le patient, son âge, ses antécédents)") in terms
    assert "objectivait" in terms and "a ete opere" in terms


def test_the_same_course_without_a_patient_presented_at_the_head_does_not_decide():
    # The past-tense course counts only for a case that opens on its patient.
    course = TOLD_CASES["urology"].split("\n", 1)[1]
    terms = classify(course).matched_terms.get("discharge_summary", [])
    assert normalize("décidé par : séjour hospitalier raconté") not in terms
    assert normalize("cas présenté en ouverture (le patient, son âge, ses antécédents)") not in terms


def test_a_case_opening_after_a_time_phrase_is_still_a_told_case():
    text = """En mars 2019, une patiente de 45 ans a été admise pour une douleur de la fosse iliaque droite.
Le scanner montrait une appendicite aiguë. Elle a été opérée par cœlioscopie. Les suites ont été simples."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_letter_presenting_the_patient_it_refers_is_not_a_told_case():
    text = """Je vous adresse Mme X, 54 ans, pour avis. Elle a été traitée par fer oral. Le bilan montrait une anémie.
Une coloscopie a été réalisée. Merci de bien vouloir la recevoir."""
    assert classify(text).doc_type == DocType.LETTER


def test_the_writers_own_examination_today_makes_a_told_case_a_consultation():
    text = TOLD_CASES["catatonia"] + "\nJe l'ai revue ce jour : elle va bien. Je la reverrai dans trois mois."
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_long_document_is_typed_from_its_first_pages():
    first_pages = TOLD_CASES["stroke"]
    appendix = "\n".join(f"Ordonnance {n} : amoxicilline 1 g matin et soir pendant 7 jours." for n in range(2000))
    long_result, short_result = classify(first_pages + "\n" + appendix), classify(first_pages)
    assert long_result.doc_type == short_result.doc_type == DocType.DISCHARGE_SUMMARY


def test_a_whole_case_report_abstract_is_a_publication():
    result = classify(NEAR_MISSES["whole abstract"][1])
    assert result.matched_terms["other"][0] == normalize("décidé par : publication, jugement, cas d'enseignement, "
                                                         "information sur un médicament ou recommandation")


def test_a_case_that_only_consulted_and_was_examined_is_a_consultation_report():
    text = """Un homme de 61 ans consultait pour une lésion ulcérée de l'aile du nez évoluant depuis un an.
L'examen dermatologique trouvait une lésion perlée de 9 mm à bords surélevés. La dermoscopie montrait des vaisseaux
arborescents. La biopsie a confirmé un carcinome basocellulaire nodulaire."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert result.matched_terms["consultation_report"][0] == normalize(
        "décidé par : cas raconté d'une consultation, sans séjour")
    assert "le patient a consulte" in result.matched_terms["consultation_report"]


def test_a_case_that_consulted_then_was_operated_is_a_stay():
    text = """Un homme de 61 ans consultait pour une douleur de la fosse iliaque droite.
Le scanner montrait une appendicite. Il a été opéré le jour même et les suites ont été simples."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_case_that_came_to_the_emergency_department_is_not_a_consultation():
    text = """Un homme de 61 ans a consulté aux urgences pour une dyspnée.
La radiographie montrait un épanchement pleural droit. Une ponction pleurale a été réalisée."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_case_opening_on_the_patient_admitted_is_a_stay():
    text = "Le patient a été admis pour une pneumopathie. Il a reçu de l'amoxicilline pendant sept jours."
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_follow_up_visit_recalling_a_past_operation_is_not_a_told_stay():
    text = """La patiente revient pour le suivi de son diabète. Elle a été opérée en 2019.
L'examen retrouve un pied normal. HbA1c 7 %."""
    assert classify(text).doc_type != DocType.DISCHARGE_SUMMARY


def test_a_case_under_a_title_naming_its_patient_is_a_told_case():
    text = """Tuberculose péritonéale chez une femme de 30 ans
Elle présentait une ascite fébrile. Le scanner montrait un épaississement péritonéal.
La biopsie concluait à une tuberculose. Un traitement antituberculeux a été débuté."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_exam_titled_with_its_patient_and_told_in_the_present_stays_an_imaging_report():
    text = """Échographie abdominale chez un patient de 54 ans
Indication : douleurs de l'hypocondre droit.
Foie de taille normale, d'échostructure homogène. Vésicule biliaire lithiasique à paroi fine.
Conclusion : lithiase vésiculaire non compliquée."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT


def test_an_untitled_consultation_recounting_past_treatment_and_deciding_the_next_is_not_a_told_stay():
    text = """Patient de 67 ans suivi pour un adénocarcinome pulmonaire. Il a reçu 4 cures de carboplatine, bien tolérées.
Le scanner de réévaluation a montré une réponse partielle. Il a été traité par radiothérapie en 2023.
Examen clinique : bon état général.
Décision : poursuite du traitement de maintenance."""
    assert classify(text).doc_type != DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("title", ["SCANNER THORACO-ABDOMINO-PELVIEN", "IRM CÉRÉBRALE"])
def test_an_imaging_report_whose_first_line_presents_the_patient_stays_an_imaging_report(title):
    text = f"""{title}
Patient de 67 ans suivi pour un adénocarcinome pulmonaire, traité par chimiothérapie. Bilan d'évaluation.
Comparaison avec l'examen de mars 2024 qui montrait une masse lobaire supérieure droite de 42 mm.
Technique : acquisition hélicoïdale après injection de produit de contraste iodé.
Résultats : la masse mesure 28 mm. Les adénopathies médiastinales ont régressé. Pas de lésion hépatique.
Conclusion : réponse partielle."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT


@pytest.mark.parametrize("label", ["Histoire de la maladie : ", "Cas clinique n° 2 : ", "Observation 1 : "])
def test_a_case_opening_under_a_case_label_is_a_told_case(label):
    text = f"""{label}Mme B., 61 ans, présentait une dyspnée brutale.
Le scanner montrait une embolie pulmonaire bilatérale. Elle a été traitée par héparine."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_identity_field_is_not_a_case_label():
    text = """Patient : M. X, 54 ans
Hémoglobine 9,8 g/dL (13-17). Ferritine 8 µg/L (30-300).
Commentaire : le contrôle antérieur montrait une hémoglobine à 11,2 g/dL ; la ferritine était basse."""
    assert classify(text).doc_type == DocType.LAB_RESULT


def test_a_whole_case_report_paper_with_its_sections_is_a_publication():
    text = """Tuberculose péritonéale : à propos d'un cas
Introduction
La tuberculose péritonéale est une localisation rare de la tuberculose extrapulmonaire, de diagnostic difficile.
Observation
Patiente de 30 ans admise pour une ascite fébrile. Le scanner montrait un épaississement péritonéal.
La biopsie a confirmé une tuberculose.
Discussion
Le diagnostic repose sur la biopsie péritonéale. Le traitement antituberculeux est efficace.
Conflits d'intérêts
Les auteurs ne déclarent aucun conflit d'intérêts.
Références
1. Dupont A. Tuberculose. 2010."""
    assert classify(text).doc_type == DocType.OTHER


def test_care_told_with_on_in_the_past_historic_or_the_imperfect_counts():
    text = """Un homme de 39 ans, sans antécédent, se plaignait de douleurs lombaires fébriles.
On a réalisé un uroscanner qui montrait une pyélonéphrite obstructive. Une néphrostomie fut posée.
Il était traité par céfotaxime."""
    terms = classify(text).matched_terms["discharge_summary"]
    assert {"on a realise", "fut posee", "etait traite"} <= set(terms)


def test_a_case_that_came_in_consultation_and_was_treated_at_home_is_a_consultation_report():
    text = """Mme X, 45 ans, est venue en consultation pour une toux chronique.
La radiographie thoracique montrait une distension. Les EFR retrouvaient un trouble ventilatoire obstructif.
Un traitement inhalé a été prescrit."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


@pytest.mark.parametrize("text", [
    "Nous avons accueilli dans le service Mme X, 82 ans, pour une décompensation cardiaque. Traitement diurétique.",
    "Mme Y a été mutée en réanimation pour une détresse respiratoire, puis extubée à J3.",
])
def test_a_patient_received_into_or_moved_between_wards_is_a_stay(text):
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("text", [
    "M. D. a été admis le 3 mars pour une douleur thoracique. La coronarographie montrait une sténose de l'IVA. "
    "Une angioplastie a été réalisée.",
    "Mme R., diabétique, présentait une plaie du pied. La radiographie montrait une ostéite. "
    "Une amputation a été réalisée.",
])
def test_a_case_opening_on_the_patient_as_subject_is_a_told_case(text):
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_letter_opening_on_its_salutation_is_not_a_told_case():
    text = """Madame, Monsieur,
Je vous adresse le résultat de la biopsie, qui montrait un carcinome. Il a été opéré depuis."""
    assert classify(text).doc_type == DocType.LETTER


def test_a_case_below_a_long_department_letterhead_is_a_told_case():
    letterhead = ["CHU de Nulle-Part", "Pôle Médecine", "Service de Médecine Interne", "Pr A. Alpha", "Dr B. Beta",
                  "Dr C. Gamma", "Dr D. Delta", "Secrétariat : 01 02 03 04 05", "Fax : 01 02 03 04 06",
                  "1 rue de l'Hôpital", "75000 Paris", "Le 12/03/2024"]
    text = "\n".join(letterhead) + """
Madame X, 64 ans, présentait une fièvre prolongée. Le scanner montrait une spondylodiscite.
Les hémocultures isolaient un staphylocoque doré. Elle a reçu de la cloxacilline."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_untitled_endoscopy_report_is_filed_with_operative_reports():
    text = """Patiente de 61 ans, coloscopie de dépistage après test immunologique positif.
Préparation satisfaisante. Progression jusqu'au bas-fond caecal. Polype sessile de 8 mm du sigmoïde, réséqué à
l'anse diathermique.
Conclusion : polypectomie, contrôle à 3 ans selon l'histologie."""
    assert classify(text).doc_type == DocType.OPERATIVE_REPORT


def test_a_consultation_that_plans_an_endoscopy_stays_a_consultation():
    text = """Consultation de gastro-entérologie
Vue ce jour pour une anémie ferriprive. Examen clinique : abdomen souple.
Conduite à tenir : coloscopie et gastroscopie à programmer sous anesthésie générale. Revoir avec les résultats."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_the_wards_own_letter_saying_we_admitted_the_patient_is_a_stay():
    text = """Cher confrère,
Nous avons hospitalisé votre patient M. X pour une pneumopathie. Il a reçu de l'amoxicilline.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_referral_asking_a_ward_to_admit_the_patient_stays_a_letter():
    text = """Cher confrère,
Je vous adresse M. X pour une hospitalisation : pneumopathie sans amélioration sous amoxicilline.
Je vous remercie de bien vouloir le prendre en charge. Bien confraternellement."""
    assert classify(text).doc_type == DocType.LETTER


@pytest.mark.parametrize("plan", ["Il sera revu dans trois mois.", "Contrôle échographique dans 6 mois.",
                                  "RDV dans un mois avec le bilan."])
def test_a_consultation_recounting_past_care_and_planning_the_next_visit_is_not_a_told_stay(plan):
    text = f"""Patient de 58 ans suivi pour une cirrhose. Il a été traité par ligature de varices œsophagiennes.
L'échographie a montré un foie dysmorphique sans nodule. L'élastométrie a été réalisée.
{plan}"""
    assert classify(text).doc_type != DocType.DISCHARGE_SUMMARY


def test_a_reply_saying_your_patient_came_to_see_me_is_a_consultation_not_a_told_stay():
    text = """Chère consœur,
Votre patiente Mme X, 54 ans, est venue me voir pour des lombalgies. Elle a été traitée par anti-inflammatoires.
L'IRM a montré une discopathie L4-L5. Une infiltration a été réalisée.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_prose_consultation_opening_on_its_patient_with_the_writers_proposal_is_a_consultation_report():
    text = """Monsieur P., 68 ans, droitier, retraité, est suivi pour une maladie de Parkinson diagnostiquée en 2018.
Le traitement associe lévodopa et pramipexole. Depuis six mois, il présente des fluctuations motrices.
L'examen retrouve une rigidité modérée et une bradykinésie. Pas de trouble cognitif.
Je propose de fractionner la lévodopa et d'ajouter de l'entacapone."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


@pytest.mark.parametrize("follow_up", ["Elle sera revue en consultation dans un mois.",
                                       "Elle a été revue en consultation à 3 mois, sans récidive."])
def test_a_follow_up_visit_to_come_or_told_after_a_stay_does_not_make_it_a_consultation(follow_up):
    text = f"""Patiente de 52 ans admise pour une cholécystite aiguë. L'échographie montrait une vésicule lithiasique.
Elle a reçu des antibiotiques. {follow_up}"""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
