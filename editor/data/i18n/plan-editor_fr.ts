<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+58"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nouveau à partir d’un modèle…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Follow-up Form from This Plan</source>
        <translation>Nouveau formulaire de s&amp;uivi de ce plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Workspace…</source>
        <translation>Re&amp;chercher dans l’espace de travail…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Remote Images in Preview</source>
        <translation>Charger les &amp;images distantes dans l’aperçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Plan Editor</source>
        <translation>À &amp;propos de Plan Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start Review…</source>
        <translation>&amp;Démarrer la révision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reply to Note…</source>
        <translation>&amp;Répondre à la note…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark Note Resolved</source>
        <translation>&amp;Marquer la note comme résolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee&amp;ds Revision…</source>
        <translation>À retravai&amp;ller…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with &amp;File…</source>
        <translation>Comparer avec un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with a &amp;Version…</source>
        <translation>Comparer avec une &amp;version…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;top Comparing</source>
        <translation>&amp;Terminer la comparaison</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBar</name>
    <message>
        <location filename="../../ui/workspace/ondisk.py" line="+45"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Recharger (abandonner les miennes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Changed on disk.&lt;/b&gt; “{}” was changed by another program while you have unsaved edits.</source>
        <translation>&lt;b&gt;Modifié sur le disque.&lt;/b&gt; «&#xa0;{}&#xa0;» a été modifié par un autre programme alors que vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Deleted on disk.&lt;/b&gt; “{}” no longer exists; your text is kept here. Save As… to keep it.</source>
        <translation>&lt;b&gt;Supprimé du disque.&lt;/b&gt; «&#xa0;{}&#xa0;» n’existe plus&#xa0;; votre texte est conservé ici. Utilisez Enregistrer sous… pour le garder.</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <location filename="../../ui/compare.py" line="+445"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location line="-266"/>
        <source>Accept &amp;All</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every change listed</source>
        <translation>Conserver toutes les modifications listées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject All</source>
        <translation>Tout &amp;rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the base&apos;s text back in every field listed</source>
        <translation>Remettre le texte de la référence dans chaque champ listé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes against the base</source>
        <translation>Modifications par rapport à la référence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The change, word by word</source>
        <translation>La modification, mot par mot</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changes against {}</source>
        <translation>Modifications par rapport à {}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Was: {}
Now: {}</source>
        <translation>Avant&#xa0;: {}
Maintenant&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No changes against {}.</source>
        <translation>Aucune modification par rapport à {}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n champ modifié.</numerusform>
            <numerusform>%n champs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the change to “{}”</source>
        <translation>Conserver la modification de «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the base&apos;s “{}” back</source>
        <translation>Remettre «&#xa0;{}&#xa0;» comme dans la référence</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reject the change to “{}”</source>
        <translation>Rejeter la modification de «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{}” could not be put back as the base has it.</source>
        <translation>Impossible de remettre «&#xa0;{}&#xa0;» comme dans la référence.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reject all changes</source>
        <translation>Rejeter toutes les modifications</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../ui/form/model.py" line="+61"/>
        <source>Validation failed: {}</source>
        <translation>Échec de la validation&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks failed: {}</source>
        <translation>Échec des vérifications&#xa0;: {}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The plan has no title.</source>
        <translation>Le plan n’a pas de titre.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../ui/form/chips.py" line="+102"/>
        <source>Remove “{}”</source>
        <translation>Retirer «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {}</source>
        <translation>Retirer {}</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A value cannot end with “]”.</source>
        <translation>Une valeur ne peut pas se terminer par «&#xa0;]&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{}” is already in the list.</source>
        <translation>«&#xa0;{}&#xa0;» figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <location filename="../../ui/form/fields.py" line="+417"/>
        <source>Change answer {}</source>
        <translation>Modifier la réponse {}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../cli.py" line="+236"/>
        <source>line {}: </source>
        <translation>ligne {}&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (suggestion: {})</source>
        <translation> (suggestion&#xa0;: {})</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../ui/compare.py" line="-296"/>
        <source>This editor</source>
        <translation>Cet éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program</source>
        <translation>Un autre programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} bytes</source>
        <translation>{} octets</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../ui/comparing.py" line="+93"/>
        <location line="+32"/>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+8"/>
        <source>Compare with a Version</source>
        <translation>Comparer avec une version</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No versions of this plan are kept yet: each save keeps the one it replaces.</source>
        <translation>Aucune version de ce plan n’est encore conservée&#xa0;: chaque enregistrement conserve celle qu’il remplace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the plan with:</source>
        <translation>Comparer le plan avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the version of {}</source>
        <translation>la version du {}</translation>
    </message>
</context>
<context>
    <name>ConflictCopyBar</name>
    <message>
        <location filename="../../ui/workspace/conflicts.py" line="+32"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Conflict copy.&lt;/b&gt; {service} left “{copy}” beside “{plan}”: someone changed the plan elsewhere at the same time. Merge it to take their changes next to yours.</source>
        <translation>&lt;b&gt;Copie en conflit.&lt;/b&gt; {service} a laissé «&#xa0;{copy}&#xa0;» à côté de «&#xa0;{plan}&#xa0;»&#xa0;: quelqu’un a modifié le plan ailleurs au même moment. Fusionnez-la pour reprendre ses modifications à côté des vôtres.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(%n more copies after this one.)</source>
        <translation>
            <numerusform>(Encore %n copie après celle-ci.)</numerusform>
            <numerusform>(Encore %n copies après celle-ci.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../ui/document.py" line="+217"/>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
</context>
<context>
    <name>Docx</name>
    <message>
        <location filename="../../export/docx.py" line="+110"/>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update the field to see the table of contents.</source>
        <translation>Mettez à jour le champ pour afficher la table des matières.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status: {}</source>
        <translation>Statut&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>not a readable image ({})</source>
        <translation>image illisible ({})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[image: {}]</source>
        <translation>[image&#xa0;: {}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}: image {} not embedded: {}</source>
        <translation>{}&#xa0;: image {} non intégrée&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a broken data: URL</source>
        <translation>une URL data: endommagée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remote, not loaded</source>
        <translation>distante, non chargée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{}: review not read ({})</source>
        <translation>{}&#xa0;: révision illisible ({})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[resolved] {}</source>
        <translation>[résolue] {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export.py" line="+50"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (.html)</source>
        <translation>Page web (.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../export/problems.py" line="+16"/>
        <source>{}: cannot be exported ({})</source>
        <translation>{}&#xa0;: exportation impossible ({})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{}: cannot be written</source>
        <translation>{}&#xa0;: écriture impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}: cannot be written ({})</source>
        <translation>{}&#xa0;: écriture impossible ({})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: cannot make the folder ({})</source>
        <translation>{}&#xa0;: impossible de créer le dossier ({})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: no such file or folder</source>
        <translation>{}&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: image {} could not be loaded ({})</source>
        <translation>{}&#xa0;: l’image {} n’a pas pu être chargée ({})</translation>
    </message>
    <message>
        <location filename="../../export/run.py" line="+68"/>
        <source>{}: this export is not available ({})</source>
        <translation>{}&#xa0;: cette exportation n’est pas disponible ({})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no plan files to export</source>
        <translation>aucun fichier de plan à exporter</translation>
    </message>
    <message>
        <location filename="../../export/xlsx.py" line="+77"/>
        <source>{}: no plans to export</source>
        <translation>{}&#xa0;: aucun plan à exporter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export.py" line="+26"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This plan</source>
        <translation>&amp;Ce plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;plans shown in the list ({})</source>
        <translation>Les &amp;plans affichés dans la liste ({})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;One document</source>
        <translation>&amp;Un seul document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All the plans in one file, each starting on a new page</source>
        <translation>Tous les plans dans un seul fichier, chacun sur une nouvelle page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location line="+99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Exporting {} ({} of {})…</source>
        <translation>Exportation de {} ({} sur {})…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Exporting %n plan(s)…</source>
        <translation>
            <numerusform>Exportation de %n plan…</numerusform>
            <numerusform>Exportation de %n plans…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) written to {}.</source>
        <translation>
            <numerusform>%n fichier écrit dans {}.</numerusform>
            <numerusform>%n fichiers écrits dans {}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not exported:
{}</source>
        <translation>Éléments non exportés&#xa0;:
{}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {} file(s) to {}</source>
        <translation>{} fichier(s) exporté(s) dans {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was exported</source>
        <translation>Rien n’a été exporté</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printed {}</source>
        <translation>Imprimé&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../ui/form/view.py" line="+849"/>
        <source>Add another</source>
        <translation>Ajouter un autre</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove section</source>
        <translation>Retirer la section</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <location filename="../../ui/form/fields.py" line="-96"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="-695"/>
        <source>Add another</source>
        <translation>Ajouter un autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another, after {}</source>
        <translation>Ajouter un autre, après {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {} of these</source>
        <translation>{} au maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {}</source>
        <translation>Retirer {}</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../ui/form/header.py" line="+873"/>
        <source>Focal point (email)</source>
        <translation>Point focal (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="+44"/>
        <source>History of “{}”</source>
        <translation>Historique de «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the version</source>
        <translation>Dans la version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes since the version</source>
        <translation>Modifications depuis la version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change, word by word</source>
        <translation>La modification, mot par mot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore &amp;Field</source>
        <translation>Restaurer le &amp;champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this field&apos;s text from the version back</source>
        <translation>Remettre le texte de ce champ tel qu’il est dans la version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Whole Version</source>
        <translation>Restaurer &amp;toute la version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan what the version holds</source>
        <translation>Rendre au plan le contenu de la version</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No versions of this plan are kept yet: each save keeps the one it replaces.</source>
        <translation>Aucune version de ce plan n’est encore conservée&#xa0;: chaque enregistrement conserve celle qu’il remplace.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added since</source>
        <translation>ajouté depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed since</source>
        <translation>supprimé depuis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan now is the same as this version.</source>
        <translation>Le plan est actuellement identique à cette version.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) differ from this version.</source>
        <translation>
            <numerusform>%n champ diffère de cette version.</numerusform>
            <numerusform>%n champs diffèrent de cette version.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restore “{}” from history</source>
        <translation>Restaurer «&#xa0;{}&#xa0;» depuis l’historique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore the version of {}</source>
        <translation>Restaurer la version du {}</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <location filename="../../ui/images.py" line="+505"/>
        <source>Remove this image</source>
        <translation>Retirer cette image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove image {}</source>
        <translation>Retirer l’image {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add image…</source>
        <translation>Ajouter une image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add image to answer {}</source>
        <translation>Ajouter une image à la réponse {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add image link to answer {}</source>
        <translation>Ajouter un lien d’image à la réponse {}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Add image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Save the plan first: an added image is copied beside it.</source>
        <translation>Enregistrez d’abord le plan&#xa0;: une image ajoutée est copiée à côté de lui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{}” is not an image.</source>
        <translation>«&#xa0;{}&#xa0;» n’est pas une image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy the image beside the plan.</source>
        <translation>Impossible de copier l’image à côté du plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image address:</source>
        <translation>Adresse de l’image&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove image</source>
        <translation>Retirer l’image</translation>
    </message>
</context>
<context>
    <name>ImageThumb</name>
    <message>
        <location line="-163"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Embedded image ({})</source>
        <translation>Image intégrée ({})</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../ui/interaction.py" line="+123"/>
        <source>Plan files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers de plan (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to “{}” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;{}&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as UTF-8</source>
        <translation>Enregistrer en UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({})</source>
        <translation>Images ({})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{}” is merged into “{}”. Remove the conflict copy {} left? Its text is kept in the plan&apos;s history.</source>
        <translation>«&#xa0;{}&#xa0;» est fusionné dans «&#xa0;{}&#xa0;». Supprimer la copie en conflit laissée par {}&#xa0;? Son texte est conservé dans l’historique du plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the conflict copy</source>
        <translation>Supprimer la copie en conflit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan Editor closed with unsaved changes to “{}”.</source>
        <translation>Plan Editor a été fermé avec des modifications non enregistrées de «&#xa0;{}&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start Review</source>
        <translation>Démarrer la révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail:</source>
        <translation>Votre e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on “{}”:</source>
        <translation>Note sur «&#xa0;{}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to “{}”:</source>
        <translation>Répondre à «&#xa0;{}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs Revision</source>
        <translation>À retravailler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change?</source>
        <translation>Que doit modifier l’auteur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>LatLngField</name>
    <message>
        <location filename="../../ui/form/header.py" line="-308"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} must be a number.</source>
        <translation>{}&#xa0;: la valeur doit être un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} must be between −{} and {}.</source>
        <translation>{}&#xa0;: la valeur doit être comprise entre −{} et {}.</translation>
    </message>
</context>
<context>
    <name>LineTagField</name>
    <message>
        <location line="-428"/>
        <source>Edit {}</source>
        <translation>Modifier&#xa0;: {}</translation>
    </message>
</context>
<context>
    <name>LocationsField</name>
    <message>
        <location line="+217"/>
        <source>Location (country, latitude, longitude)</source>
        <translation>Emplacement (pays, latitude, longitude)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Ajouter un pays</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+52"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove location {}</source>
        <translation>Retirer l’emplacement {}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Set the location (latlng) to the centre of {}?</source>
        <translation>Placer l’emplacement (latlng) au centre de ce pays&#xa0;: {}&#xa0;?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set country</source>
        <translation>Définir le pays</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit location</source>
        <translation>Modifier l’emplacement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove location</source>
        <translation>Retirer l’emplacement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+91"/>
        <source>Open a plan from the list, or use File ▸ Open.</source>
        <translation>Ouvrez un plan depuis la liste, ou utilisez Fichier ▸ Ouvrir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System Default ({})</source>
        <translation>Langue du système ({})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan Editor will be in {} from its next start.</source>
        <translation>Langue de Plan Editor à partir du prochain démarrage&#xa0;: {}.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot open plan</source>
        <translation>Impossible d’ouvrir le plan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the follow-up form</source>
        <translation>Impossible de créer le formulaire de suivi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the plan</source>
        <translation>Impossible de créer le plan</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{} of {} answered</source>
        <translation>Réponses&#xa0;: {} sur {}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan Editor</source>
        <translation>Plan Editor</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not saved: the file changed on disk. Merge, reload or keep yours.</source>
        <translation>Non enregistré&#xa0;: le fichier a changé sur le disque. Fusionnez, rechargez ou gardez votre version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character {} ({}) on line {}, column {} cannot be written in {}, the encoding of “{}”.

Save the plan as UTF-8 instead? Its line endings are kept.</source>
        <translation>Le caractère {} ({}) à la ligne {}, colonne {}, ne peut pas être écrit en {}, l’encodage de «&#xa0;{}&#xa0;».

Enregistrer plutôt le plan en UTF-8&#xa0;? Ses fins de ligne sont conservées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as UTF-8</source>
        <translation>Enregistrer en UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {} cannot hold {}.</source>
        <translation>Non enregistré&#xa0;: l’encodage {} ne peut pas représenter {}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {} as UTF-8, converted from {}; line endings kept.</source>
        <translation>{} enregistré en UTF-8, converti depuis {}&#xa0;; fins de ligne conservées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save plan</source>
        <translation>Impossible d’enregistrer le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not saved: {}</source>
        <translation>Le plan n’a pas été enregistré&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan somewhere else?</source>
        <translation>Enregistrer le plan ailleurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {}</source>
        <translation>Enregistré&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard your changes and reload “{}” from disk?</source>
        <translation>Abandonner vos modifications et recharger «&#xa0;{}&#xa0;» depuis le disque&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot revert</source>
        <translation>Impossible de revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {}</source>
        <translation>Version {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Plan Editor</source>
        <translation>À propos de Plan Editor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>An offline editor for UNDP Accelerator Lab plan files.</source>
        <translation>Un éditeur hors ligne pour les fichiers de plan des Laboratoires d’accélération du PNUD.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../workspace/merge.py" line="+122"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag “{}”</source>
        <translation>Étiquette «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Both sides added or removed questions or sections: the file on disk keeps its structure, and your answers are merged only into questions that still exist there.</source>
        <translation>Les deux versions ont ajouté ou supprimé des questions ou des sections&#xa0;: le fichier sur le disque garde sa structure, et vos réponses ne sont fusionnées que dans les questions qui y existent encore.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{}: your edit is lost, they removed the question.</source>
        <translation>{}&#xa0;: votre modification est perdue, l’autre version a supprimé la question.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}: their edit is lost, you removed the question.</source>
        <translation>{}&#xa0;: la modification de l’autre version est perdue, vous avez supprimé la question.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{}: your change could not be merged.</source>
        <translation>{}&#xa0;: votre modification n’a pas pu être fusionnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}: their change could not be merged.</source>
        <translation>{}&#xa0;: la modification de l’autre version n’a pas pu être fusionnée.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/workspace/ondisk.py" line="+15"/>
        <source>Merge changes</source>
        <translation>Fusionner les modifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file changed on disk and here. Changes that do not overlap were merged. Choose a version for each field changed on both sides.</source>
        <translation>Le fichier a changé sur le disque et ici. Les modifications qui ne se chevauchent pas ont été fusionnées. Choisissez une version pour chaque champ modifié des deux côtés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Mine (this editor)&lt;/b&gt;</source>
        <translation>&lt;b&gt;La mienne (cet éditeur)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs (on disk)&lt;/b&gt;</source>
        <translation>&lt;b&gt;La leur (sur le disque)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use mine</source>
        <translation>Prendre la mienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use theirs</source>
        <translation>Prendre la leur</translation>
    </message>
</context>
<context>
    <name>NewPlan</name>
    <message>
        <location filename="../../catalog/newplan.py" line="+30"/>
        <source>unknown country {}; did you mean {}?</source>
        <translation>pays inconnu : {} ; vouliez-vous dire {} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown country {}</source>
        <translation>pays inconnu : {}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>this plan has no follow-up form: only a learning plan (not its closing form) has one</source>
        <translation>ce plan n’a pas de formulaire de suivi : seul un plan d’apprentissage (et non son formulaire de clôture) en a un</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+30"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focal point:</source>
        <translation>Point &amp;focal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/review.py" line="+96"/>
        <location line="+11"/>
        <source>Review notes</source>
        <translation>Notes de révision</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>(%n reply(s))</source>
        <translation>
            <numerusform>(%n réponse)</numerusform>
            <numerusform>(%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No notes yet: Review ▸ Add Note (Ctrl+Alt+M).</source>
        <translation>Aucune note pour l’instant&#xa0;: Révision ▸ Ajouter une note (Ctrl+Alt+M).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>OtherTagsField</name>
    <message>
        <location filename="../../ui/form/header.py" line="+197"/>
        <source>Other tags</source>
        <translation>Autres étiquettes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag key</source>
        <translation>Clé de la nouvelle étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag value</source>
        <translation>Valeur de la nouvelle étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add tag</source>
        <translation>Ajouter l’étiquette</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove tag {}</source>
        <translation>Retirer l’étiquette {}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit tag</source>
        <translation>Modifier l’étiquette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add tag {}</source>
        <translation>Ajouter l’étiquette {}</translation>
    </message>
</context>
<context>
    <name>PartsBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+30"/>
        <source>Remove this part</source>
        <translation>Retirer cette partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove part {}</source>
        <translation>Retirer la partie {}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add another part</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another text part to this answer</source>
        <translation>Ajouter une autre partie de texte à cette réponse</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../ui/pdf.py" line="+98"/>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+91"/>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/form/view.py" line="-164"/>
        <source>Section {} (loading)</source>
        <translation>Section {} (chargement)</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <location filename="../../ui/workspace/panel.py" line="+46"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>PreambleBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+77"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview.py" line="+37"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../catalog/validation.py" line="+75"/>
        <source>{answered}/{required} required answered</source>
        <translation>{answered}/{required} réponses obligatoires fournies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors: {errors}, warnings: {warnings}</source>
        <translation>erreurs : {errors}, avertissements : {warnings}</translation>
    </message>
    <message>
        <location filename="../../planfile/messages.py" line="+20"/>
        <source>{value} is not an email address</source>
        <translation>{value} n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a year</source>
        <translation>{value} n’est pas une année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is in the future</source>
        <translation>{year} est dans le futur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is before the Accelerator Labs began</source>
        <translation>{year} est antérieur à la création des Laboratoires d’accélération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not two numbers &apos;latitude,longitude&apos;</source>
        <translation>{value} n’est pas formé de deux nombres &apos;latitude,longitude&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is out of range (latitude −90…90, longitude −180…180)</source>
        <translation>{value} est hors limites (latitude −90…90, longitude −180…180)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not one of the 17 Sustainable Development Goals</source>
        <translation>{value} n’est pas l’un des 17 objectifs de développement durable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is repeated: the same tag is on line {seen}</source>
        <translation>{value} est répété&#xa0;: la même étiquette figure à la ligne {seen}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the title has {length} characters; the limit is {limit}</source>
        <translation>le titre compte {length} caractères&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} {label} given; at most {limit} are allowed</source>
        <translation>{count} {label}&#xa0;: le maximum autorisé est {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} {label} given; the form allows at most {limit}</source>
        <translation>{count} {label}&#xa0;: le formulaire en autorise au plus {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is a part of {country}, not a country of the list</source>
        <translation>{value} fait partie d’un pays de la liste ({country}) mais n’en est pas un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not in the list of {label}</source>
        <translation>{value} ne figure pas dans la liste des {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean {suggestion}?</source>
        <translation>vouliez-vous dire {suggestion}&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} look like the same term</source>
        <translation>{first} et {second} semblent être le même terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is far from {country}</source>
        <translation>{value} est loin du pays indiqué ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty checklist line (&apos;- &apos;)</source>
        <translation>une ligne de liste de contrôle vide (&apos;- &apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{length} characters; the form asks for at most {limit}</source>
        <translation>{length} caractères&#xa0;; le formulaire en demande au plus {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} is not one of the options (kept as written)</source>
        <translation>{option} ne fait pas partie des options (conservé tel quel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one option chosen in a single-choice question</source>
        <translation>plusieurs options choisies dans une question à choix unique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a &lt;div class=&quot;group&quot;&gt; is never closed</source>
        <translation>un &lt;div class=&quot;group&quot;&gt; n’est jamais fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stray &lt;/div&gt; outside any group</source>
        <translation>un &lt;/div&gt; isolé en dehors de tout groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;div class=&quot;group&quot;&gt; inside another group</source>
        <translation>un &lt;div class=&quot;group&quot;&gt; dans un autre groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} add up to {total}%, not 100%</source>
        <translation>{names} totalisent {total}&#xa0;%, et non 100&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required answer missing: {label}</source>
        <translation>réponse obligatoire manquante&#xa0;: {label}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove line {line}</source>
        <translation>supprimer la ligne {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/problems.py" line="+16"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time shares</source>
        <translation>Répartition du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing question</source>
        <translation>Question manquante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question {}</source>
        <translation>Question {}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qtgaps.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <location filename="../../ui/form/fields.py" line="-76"/>
        <source>Answer {}</source>
        <translation>Réponse {}</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <location filename="../../export/html.py" line="+98"/>
        <source>… {0} more characters, shown in full in the form.</source>
        <translation>… {0} caractères de plus, affichés en entier dans le formulaire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remote image not loaded: {0}</source>
        <translation>Image distante non chargée&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>… {0} earlier sections not shown.</source>
        <translation>… {0} sections précédentes non affichées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… {0} later sections not shown.</source>
        <translation>… {0} sections suivantes non affichées.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review.py" line="+66"/>
        <location line="+42"/>
        <source>The review beside the plan cannot be read: {}</source>
        <translation>La révision à côté du plan est illisible&#xa0;: {}</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+14"/>
        <source>Start Review</source>
        <translation>Démarrer la révision</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the plan first: its review is kept in a file beside it.</source>
        <translation>Enregistrez d’abord le plan&#xa0;: sa révision est conservée dans un fichier à côté de lui.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose a note in the notes list.</source>
        <translation>Choisissez une note dans la liste des notes.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot save the review</source>
        <translation>Impossible d’enregistrer la révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review was not saved: {}</source>
        <translation>La révision n’a pas été enregistrée&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review saved to {}</source>
        <translation>Révision enregistrée dans {}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Needs revision — {} ({}, {})</source>
        <translation>À retravailler — {} ({}, {})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved ({}, {})</source>
        <translation>Approuvé ({}, {})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review by {} ({}): no verdict yet</source>
        <translation>En révision par {} ({})&#xa0;: pas encore de verdict</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ resolved</source>
        <translation>✓ résolue</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the plan when the review started</source>
        <translation>la version du début de la révision</translation>
    </message>
</context>
<context>
    <name>SdgField</name>
    <message>
        <location filename="../../ui/form/header.py" line="-266"/>
        <source>Sustainable Development Goals (at most 5)</source>
        <translation>Objectifs de développement durable (5 au maximum)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SDG {}</source>
        <translation>ODD {}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add SDG {}</source>
        <translation>Ajouter l’ODD {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove SDG {}</source>
        <translation>Retirer l’ODD {}</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+123"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add section “{}”</source>
        <translation>Ajouter la section «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another section “{}” after this one</source>
        <translation>Ajouter une autre section «&#xa0;{}&#xa0;» après celle-ci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this section</source>
        <translation>Retirer cette section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this section “{}”</source>
        <translation>Retirer cette section «&#xa0;{}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../ui/source_view.py" line="+24"/>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planfile/messages.py" line="+6"/>
        <source>Publishable</source>
        <translation>Publiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished</source>
        <translation>Incomplet</translation>
    </message>
</context>
<context>
    <name>TermsField</name>
    <message>
        <location filename="../../ui/form/header.py" line="+40"/>
        <source>Add {}</source>
        <translation>Ajouter {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove term</source>
        <translation>Retirer le terme</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <location filename="../../ui/form/fields.py" line="+10"/>
        <source>Your answer (markdown)</source>
        <translation>Votre réponse (markdown)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit answer {}</source>
        <translation>Modifier la réponse {}</translation>
    </message>
</context>
<context>
    <name>TitleField</name>
    <message>
        <location filename="../../ui/form/header.py" line="-632"/>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name of the plan</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
</context>
<context>
    <name>TypesField</name>
    <message>
        <location line="+143"/>
        <location line="+32"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+1"/>
        <source>Add type</source>
        <translation>Ajouter un type</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type {}</source>
        <translation>Type {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove type {}</source>
        <translation>Retirer le type {}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Set type</source>
        <translation>Définir le type</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove type</source>
        <translation>Retirer le type</translation>
    </message>
</context>
<context>
    <name>WorkspaceLink</name>
    <message>
        <location filename="../../ui/workspace/link.py" line="+130"/>
        <source>Indexing the workspace… {} plans</source>
        <translation>Indexation de l’espace de travail… {} plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search index ready</source>
        <translation>Index de recherche prêt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is unavailable: {}</source>
        <translation>Recherche indisponible&#xa0;: {}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{}” was renamed to “{}”; now editing it there.</source>
        <translation>«&#xa0;{}&#xa0;» a été renommé en «&#xa0;{}&#xa0;»&#xa0;; la modification se poursuit dans ce fichier.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+9"/>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>“{}” changed on disk and was reloaded.</source>
        <translation>«&#xa0;{}&#xa0;» a changé sur le disque et a été rechargé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+88"/>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Merge with the file on disk</source>
        <translation>Fusionner avec le fichier sur le disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with the version on disk; save to keep the result.</source>
        <translation>Fusionné avec la version sur le disque&#xa0;; enregistrez pour garder le résultat.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Merge with “{}”</source>
        <translation>Fusionner avec «&#xa0;{}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged “{}”; save to keep the result.</source>
        <translation>«&#xa0;{}&#xa0;» fusionné&#xa0;; enregistrez pour garder le résultat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the conflict copy</source>
        <translation>Impossible de supprimer la copie en conflit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has not changed since; restoring puts your edits back.</source>
        <translation>Le fichier n’a pas changé depuis&#xa0;; la restauration remet vos modifications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed on disk since; restoring merges your edits with it.</source>
        <translation>Le fichier a changé sur le disque depuis&#xa0;; la restauration fusionne vos modifications avec lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was deleted since; restoring opens your text to save again.</source>
        <translation>Le fichier a été supprimé depuis&#xa0;; la restauration ouvre votre texte pour l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <location filename="../../ui/workspace/panel.py" line="+160"/>
        <source>Filter plans…</source>
        <translation>Filtrer les plans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter plans</source>
        <translation>Filtrer les plans</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plans in the workspace</source>
        <translation>Plans de l’espace de travail</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Search titles and answers…</source>
        <translation>Rechercher dans les titres et les réponses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the workspace</source>
        <translation>Rechercher dans l’espace de travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG</source>
        <translation>ODD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by {}</source>
        <translation>Filtrer par {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No plan matches.</source>
        <translation>Aucun plan ne correspond.</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../ui/form/view.py" line="+30"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
</TS>
