<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+58"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nuevo a partir de plantilla…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Follow-up Form from This Plan</source>
        <translation>Nuevo &amp;formulario de seguimiento de este plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Volver a lo guardado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Código fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Workspace…</source>
        <translation>&amp;Buscar en el espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Problem</source>
        <translation>&amp;Problema siguiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;xt Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Remote Images in Preview</source>
        <translation>Cargar &amp;imágenes remotas en la vista previa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Plan Editor</source>
        <translation>&amp;Acerca de Plan Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start Review…</source>
        <translation>&amp;Iniciar revisión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Note…</source>
        <translation>Agregar &amp;nota…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reply to Note…</source>
        <translation>&amp;Responder a la nota…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark Note Resolved</source>
        <translation>Marcar nota como re&amp;suelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee&amp;ds Revision…</source>
        <translation>Requiere &amp;cambios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with &amp;File…</source>
        <translation>Comparar con &amp;archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with a &amp;Version…</source>
        <translation>Comparar con una &amp;versión…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;top Comparing</source>
        <translation>&amp;Dejar de comparar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBar</name>
    <message>
        <location filename="../../ui/workspace/ondisk.py" line="+45"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Recargar (descartar mis cambios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep mine</source>
        <translation>C&amp;onservar mis cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>Com&amp;binar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Changed on disk.&lt;/b&gt; “{}” was changed by another program while you have unsaved edits.</source>
        <translation>&lt;b&gt;Cambió en el disco.&lt;/b&gt; Otro programa modificó “{}” mientras usted tiene ediciones sin guardar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Deleted on disk.&lt;/b&gt; “{}” no longer exists; your text is kept here. Save As… to keep it.</source>
        <translation>&lt;b&gt;Eliminado del disco.&lt;/b&gt; “{}” ya no existe; su texto se conserva aquí. Use Guardar como… para conservarlo.</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <location filename="../../ui/compare.py" line="+445"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location line="-266"/>
        <source>Accept &amp;All</source>
        <translation>&amp;Aceptar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every change listed</source>
        <translation>Conservar todos los cambios de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject All</source>
        <translation>&amp;Rechazar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the base&apos;s text back in every field listed</source>
        <translation>Restaurar el texto de la versión base en todos los campos de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes against the base</source>
        <translation>Cambios respecto a la versión base</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The change, word by word</source>
        <translation>El cambio, palabra por palabra</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changes against {}</source>
        <translation>Cambios en comparación con {}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Was: {}
Now: {}</source>
        <translation>Antes: {}
Ahora: {}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No changes against {}.</source>
        <translation>Sin cambios en comparación con {}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n campo modificado.</numerusform>
            <numerusform>%n campos modificados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the change to “{}”</source>
        <translation>Conservar el cambio en “{}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the base&apos;s “{}” back</source>
        <translation>Restaurar “{}” de la versión base</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reject the change to “{}”</source>
        <translation>Rechazar el cambio en “{}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{}” could not be put back as the base has it.</source>
        <translation>No se pudo restaurar “{}” tal como está en la versión base.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reject all changes</source>
        <translation>Rechazar todos los cambios</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../ui/form/model.py" line="+61"/>
        <source>Validation failed: {}</source>
        <translation>Falló la validación: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks failed: {}</source>
        <translation>Fallaron las comprobaciones: {}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The plan has no title.</source>
        <translation>El plan no tiene título.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../ui/form/chips.py" line="+102"/>
        <source>Remove “{}”</source>
        <translation>Quitar “{}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {}</source>
        <translation>Quitar {}</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A value cannot end with “]”.</source>
        <translation>Un valor no puede terminar en “]”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{}” is already in the list.</source>
        <translation>“{}” ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <location filename="../../ui/form/fields.py" line="+417"/>
        <source>Change answer {}</source>
        <translation>Cambiar la respuesta {}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../cli.py" line="+236"/>
        <source>line {}: </source>
        <translation>línea {}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (suggestion: {})</source>
        <translation> (sugerencia: {})</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../ui/compare.py" line="-296"/>
        <source>This editor</source>
        <translation>Este editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program</source>
        <translation>Otro programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} bytes</source>
        <translation>{} bytes</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../ui/comparing.py" line="+93"/>
        <location line="+32"/>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+8"/>
        <source>Compare with a Version</source>
        <translation>Comparar con una versión</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No versions of this plan are kept yet: each save keeps the one it replaces.</source>
        <translation>Aún no se conservan versiones de este plan: cada vez que lo guarda, se conserva la versión que reemplaza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the plan with:</source>
        <translation>Comparar el plan con:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the version of {}</source>
        <translation>la versión del {}</translation>
    </message>
</context>
<context>
    <name>ConflictCopyBar</name>
    <message>
        <location filename="../../ui/workspace/conflicts.py" line="+32"/>
        <source>&amp;Merge…</source>
        <translation>Com&amp;binar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Conflict copy.&lt;/b&gt; {service} left “{copy}” beside “{plan}”: someone changed the plan elsewhere at the same time. Merge it to take their changes next to yours.</source>
        <translation>&lt;b&gt;Copia en conflicto.&lt;/b&gt; {service} dejó “{copy}” junto a “{plan}”: alguien modificó el plan en otro lugar al mismo tiempo. Combínela para incorporar esos cambios junto a los suyos.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(%n more copies after this one.)</source>
        <translation>
            <numerusform>(%n copia más después de esta.)</numerusform>
            <numerusform>(%n copias más después de esta.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../ui/document.py" line="+217"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Edit source</source>
        <translation>Editar código fuente</translation>
    </message>
</context>
<context>
    <name>Docx</name>
    <message>
        <location filename="../../export/docx.py" line="+110"/>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update the field to see the table of contents.</source>
        <translation>Actualice el campo para ver la tabla de contenido.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status: {}</source>
        <translation>Estado: {}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>not a readable image ({})</source>
        <translation>no es una imagen legible ({})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[image: {}]</source>
        <translation>[imagen: {}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}: image {} not embedded: {}</source>
        <translation>{}: imagen {} no incrustada: {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a broken data: URL</source>
        <translation>una URL data: dañada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remote, not loaded</source>
        <translation>remota, no cargada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{}: review not read ({})</source>
        <translation>{}: no se pudo leer la revisión ({})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[resolved] {}</source>
        <translation>[resuelta] {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
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
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../export/problems.py" line="+16"/>
        <source>{}: cannot be exported ({})</source>
        <translation>{}: no se puede exportar ({})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{}: cannot be written</source>
        <translation>{}: no se puede escribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}: cannot be written ({})</source>
        <translation>{}: no se puede escribir ({})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: cannot make the folder ({})</source>
        <translation>{}: no se puede crear la carpeta ({})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: no such file or folder</source>
        <translation>{}: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: image {} could not be loaded ({})</source>
        <translation>{}: no se pudo cargar la imagen {} ({})</translation>
    </message>
    <message>
        <location filename="../../export/run.py" line="+68"/>
        <source>{}: this export is not available ({})</source>
        <translation>{}: esta exportación no está disponible ({})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no plan files to export</source>
        <translation>no hay archivos de planes para exportar</translation>
    </message>
    <message>
        <location filename="../../export/xlsx.py" line="+77"/>
        <source>{}: no plans to export</source>
        <translation>{}: no hay planes para exportar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export.py" line="+26"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This plan</source>
        <translation>&amp;Este plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;plans shown in the list ({})</source>
        <translation>Los &amp;planes mostrados en la lista ({})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;One document</source>
        <translation>&amp;Un solo documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All the plans in one file, each starting on a new page</source>
        <translation>Todos los planes en un archivo, cada uno en una página nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location line="+98"/>
        <source>Exporting %n plan(s)…</source>
        <translation>
            <numerusform>Exportando %n plan…</numerusform>
            <numerusform>Exportando %n planes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Exporting {} ({} of {})…</source>
        <translation>Exportando {} ({} de {})…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) written to {}.</source>
        <translation>
            <numerusform>Se guardó %n archivo en {}.</numerusform>
            <numerusform>Se guardaron %n archivos en {}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not exported:
{}</source>
        <translation>No exportados:
{}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {} file(s) to {}</source>
        <translation>{} archivo(s) exportado(s) a {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printed {}</source>
        <translation>Impreso: {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../ui/form/view.py" line="+849"/>
        <source>Add another</source>
        <translation>Agregar otro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add section</source>
        <translation>Agregar sección</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove section</source>
        <translation>Quitar sección</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <location filename="../../ui/form/fields.py" line="-96"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="-695"/>
        <source>Add another</source>
        <translation>Agregar otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another, after {}</source>
        <translation>Agregar otro, después de {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {} of these</source>
        <translation>Como máximo {} de estos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {}</source>
        <translation>Quitar {}</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../ui/form/header.py" line="+873"/>
        <source>Focal point (email)</source>
        <translation>Punto focal (correo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="+44"/>
        <source>History of “{}”</source>
        <translation>Historial de “{}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the version</source>
        <translation>En la versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes since the version</source>
        <translation>Cambios desde la versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change, word by word</source>
        <translation>El cambio, palabra por palabra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore &amp;Field</source>
        <translation>Restaurar &amp;campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this field&apos;s text from the version back</source>
        <translation>Restaurar el texto de este campo desde la versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Whole Version</source>
        <translation>Restaurar la &amp;versión completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan what the version holds</source>
        <translation>Dejar el plan tal como está en la versión</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No versions of this plan are kept yet: each save keeps the one it replaces.</source>
        <translation>Aún no se conservan versiones de este plan: cada vez que lo guarda, se conserva la versión que reemplaza.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added since</source>
        <translation>agregado desde entonces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed since</source>
        <translation>eliminado desde entonces</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan now is the same as this version.</source>
        <translation>El plan actual es igual a esta versión.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) differ from this version.</source>
        <translation>
            <numerusform>%n campo difiere de esta versión.</numerusform>
            <numerusform>%n campos difieren de esta versión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restore “{}” from history</source>
        <translation>Restaurar “{}” desde el historial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore the version of {}</source>
        <translation>Restaurar la versión del {}</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <location filename="../../ui/images.py" line="+505"/>
        <source>Remove this image</source>
        <translation>Quitar esta imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove image {}</source>
        <translation>Quitar la imagen {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add image…</source>
        <translation>Agregar imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add image to answer {}</source>
        <translation>Agregar una imagen a la respuesta {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add link…</source>
        <translation>Agregar enlace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add image link to answer {}</source>
        <translation>Agregar un enlace de imagen a la respuesta {}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Add image</source>
        <translation>Agregar imagen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Save the plan first: an added image is copied beside it.</source>
        <translation>Guarde primero el plan: la imagen agregada se copia junto a él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{}” is not an image.</source>
        <translation>“{}” no es una imagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy the image beside the plan.</source>
        <translation>No se puede copiar la imagen junto al plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image address:</source>
        <translation>Dirección de la imagen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove image</source>
        <translation>Quitar imagen</translation>
    </message>
</context>
<context>
    <name>ImageThumb</name>
    <message>
        <location line="-163"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Embedded image ({})</source>
        <translation>Imagen incrustada ({})</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../ui/interaction.py" line="+123"/>
        <source>Plan files (*.txt *.md);;All files (*)</source>
        <translation>Archivos de plan (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to “{}” before closing?</source>
        <translation>¿Guardar los cambios en “{}” antes de cerrar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, sus cambios se perderán.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as UTF-8</source>
        <translation>Guardar como UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save plan as</source>
        <translation>Guardar plan como</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add image</source>
        <translation>Agregar imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({})</source>
        <translation>Imágenes ({})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export into folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{}” is merged into “{}”. Remove the conflict copy {} left? Its text is kept in the plan&apos;s history.</source>
        <translation>“{}” se combinó con “{}”. ¿Eliminar la copia en conflicto que dejó {}? Su texto se conserva en el historial del plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the conflict copy</source>
        <translation>Eliminar la copia en conflicto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan Editor closed with unsaved changes to “{}”.</source>
        <translation>Plan Editor se cerró con cambios sin guardar en “{}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start Review</source>
        <translation>Iniciar revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail:</source>
        <translation>Su correo electrónico:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on “{}”:</source>
        <translation>Nota sobre “{}”:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to “{}”:</source>
        <translation>Responder a “{}”:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs Revision</source>
        <translation>Requiere cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change?</source>
        <translation>¿Qué se debe cambiar en el plan?</translation>
    </message>
</context>
<context>
    <name>LatLngField</name>
    <message>
        <location filename="../../ui/form/header.py" line="-308"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} must be a number.</source>
        <translation>{} debe ser un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} must be between −{} and {}.</source>
        <translation>{} debe estar entre −{} y {}.</translation>
    </message>
</context>
<context>
    <name>LineTagField</name>
    <message>
        <location line="-428"/>
        <source>Edit {}</source>
        <translation>Editar {}</translation>
    </message>
</context>
<context>
    <name>LocationsField</name>
    <message>
        <location line="+217"/>
        <source>Location (country, latitude, longitude)</source>
        <translation>Ubicación (país, latitud, longitud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Agregar país</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+52"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove location {}</source>
        <translation>Quitar la ubicación {}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Set the location (latlng) to the centre of {}?</source>
        <translation>¿Fijar la ubicación (latlng) en el centro de {}?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set country</source>
        <translation>Establecer país</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit location</source>
        <translation>Editar ubicación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove location</source>
        <translation>Quitar ubicación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+91"/>
        <source>Open a plan from the list, or use File ▸ Open.</source>
        <translation>Abra un plan de la lista o use Archivo ▸ Abrir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System Default ({})</source>
        <translation>Predeterminado del sistema ({})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan Editor will be in {} from its next start.</source>
        <translation>Plan Editor se mostrará en {} a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot open plan</source>
        <translation>No se puede abrir el plan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the follow-up form</source>
        <translation>No se puede crear el formulario de seguimiento</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the plan</source>
        <translation>No se puede crear el plan</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{} of {} answered</source>
        <translation>{} de {} respondidas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
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
        <translation>No se guardó: el archivo cambió en el disco. Combine, recargue o conserve su versión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character {} ({}) on line {}, column {} cannot be written in {}, the encoding of “{}”.

Save the plan as UTF-8 instead? Its line endings are kept.</source>
        <translation>El carácter {} ({}) de la línea {}, columna {} no se puede escribir en {}, la codificación de “{}”.

¿Guardar el plan en UTF-8? Se conservan sus finales de línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as UTF-8</source>
        <translation>Guardar como UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {} cannot hold {}.</source>
        <translation>No se guardó: {} no admite {}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {} as UTF-8, converted from {}; line endings kept.</source>
        <translation>Se guardó {} en UTF-8, convertido desde {}; se conservaron los finales de línea.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save plan</source>
        <translation>No se puede guardar el plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not saved: {}</source>
        <translation>No se guardó el plan: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan somewhere else?</source>
        <translation>¿Guardar el plan en otro lugar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {}</source>
        <translation>Se guardó {}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard your changes and reload “{}” from disk?</source>
        <translation>¿Descartar sus cambios y volver a cargar “{}” desde el disco?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot revert</source>
        <translation>No se puede revertir</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {}</source>
        <translation>Versión {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Plan Editor</source>
        <translation>Acerca de Plan Editor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>An offline editor for UNDP Accelerator Lab plan files.</source>
        <translation>Un editor sin conexión para archivos de plan de los Laboratorios de Aceleración del PNUD.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../workspace/merge.py" line="+122"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag “{}”</source>
        <translation>Etiqueta “{}”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Both sides added or removed questions or sections: the file on disk keeps its structure, and your answers are merged only into questions that still exist there.</source>
        <translation>Ambas versiones agregaron o eliminaron preguntas o secciones: el archivo del disco conserva su estructura y sus respuestas solo se combinan en las preguntas que aún existen allí.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{}: your edit is lost, they removed the question.</source>
        <translation>{}: se pierde su edición; la otra versión eliminó la pregunta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}: their edit is lost, you removed the question.</source>
        <translation>{}: se pierde la edición de la otra versión; usted eliminó la pregunta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{}: your change could not be merged.</source>
        <translation>{}: no se pudo combinar su cambio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}: their change could not be merged.</source>
        <translation>{}: no se pudo combinar el cambio de la otra versión.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/workspace/ondisk.py" line="+15"/>
        <source>Merge changes</source>
        <translation>Combinar cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file changed on disk and here. Changes that do not overlap were merged. Choose a version for each field changed on both sides.</source>
        <translation>El archivo cambió en el disco y aquí. Los cambios que no se superponen ya se combinaron. Elija una versión para cada campo modificado en ambos lados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Mine (this editor)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mi versión (este editor)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs (on disk)&lt;/b&gt;</source>
        <translation>&lt;b&gt;La otra versión (en el disco)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use mine</source>
        <translation>Usar la mía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use theirs</source>
        <translation>Usar la otra</translation>
    </message>
</context>
<context>
    <name>NewPlan</name>
    <message>
        <location filename="../../catalog/newplan.py" line="+30"/>
        <source>unknown country {}; did you mean {}?</source>
        <translation>país desconocido: {}; ¿quiso decir {}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown country {}</source>
        <translation>país desconocido: {}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>this plan has no follow-up form: only a learning plan (not its closing form) has one</source>
        <translation>este plan no tiene formulario de seguimiento: solo un plan de aprendizaje (no su formulario de cierre) lo tiene</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+30"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focal point:</source>
        <translation>Punto &amp;focal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/review.py" line="+96"/>
        <location line="+11"/>
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>(%n reply(s))</source>
        <translation>
            <numerusform>(%n respuesta)</numerusform>
            <numerusform>(%n respuestas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No notes yet: Review ▸ Add Note (Ctrl+Alt+M).</source>
        <translation>Aún no hay notas: Revisión ▸ Agregar nota (Ctrl+Alt+M).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>OtherTagsField</name>
    <message>
        <location filename="../../ui/form/header.py" line="+197"/>
        <source>Other tags</source>
        <translation>Otras etiquetas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag key</source>
        <translation>Clave de la nueva etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag value</source>
        <translation>Valor de la nueva etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add tag</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove tag {}</source>
        <translation>Quitar la etiqueta {}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit tag</source>
        <translation>Editar etiqueta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add tag {}</source>
        <translation>Agregar la etiqueta {}</translation>
    </message>
</context>
<context>
    <name>PartsBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+30"/>
        <source>Remove this part</source>
        <translation>Quitar esta parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove part {}</source>
        <translation>Quitar la parte {}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add another part</source>
        <translation>Agregar otra parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another text part to this answer</source>
        <translation>Agregar otra parte de texto a esta respuesta</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../ui/pdf.py" line="+98"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+91"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/form/view.py" line="-164"/>
        <source>Section {} (loading)</source>
        <translation>Sección {} (cargando)</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <location filename="../../ui/workspace/panel.py" line="+46"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>PreambleBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+77"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview.py" line="+37"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../catalog/validation.py" line="+75"/>
        <source>{answered}/{required} required answered</source>
        <translation>{answered}/{required} obligatorias respondidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors: {errors}, warnings: {warnings}</source>
        <translation>errores: {errors}, advertencias: {warnings}</translation>
    </message>
    <message>
        <location filename="../../planfile/messages.py" line="+20"/>
        <source>{value} is not an email address</source>
        <translation>{value} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a year</source>
        <translation>{value} no es un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is in the future</source>
        <translation>{year} es un año futuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is before the Accelerator Labs began</source>
        <translation>{year} es anterior al inicio de los Laboratorios de Aceleración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not two numbers &apos;latitude,longitude&apos;</source>
        <translation>{value} no son dos números &apos;latitud,longitud&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is out of range (latitude −90…90, longitude −180…180)</source>
        <translation>{value} está fuera de rango (latitud −90…90, longitud −180…180)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not one of the 17 Sustainable Development Goals</source>
        <translation>{value} no es uno de los 17 Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is repeated: the same tag is on line {seen}</source>
        <translation>{value} está repetido: la misma etiqueta está en la línea {seen}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the title has {length} characters; the limit is {limit}</source>
        <translation>el título tiene {length} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} {label} given; at most {limit} are allowed</source>
        <translation>{label}: se indicaron {count}; se permiten como máximo {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} {label} given; the form allows at most {limit}</source>
        <translation>{label}: se indicaron {count}; el formulario permite como máximo {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is a part of {country}, not a country of the list</source>
        <translation>{value} es parte de {country}, no un país de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not in the list of {label}</source>
        <translation>{value} no está en la lista de {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean {suggestion}?</source>
        <translation>¿quiso decir {suggestion}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} look like the same term</source>
        <translation>{first} y {second} parecen el mismo término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is far from {country}</source>
        <translation>{value} está lejos de {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty checklist line (&apos;- &apos;)</source>
        <translation>una línea vacía en una lista de verificación (&apos;- &apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{length} characters; the form asks for at most {limit}</source>
        <translation>{length} caracteres; el formulario pide como máximo {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} is not one of the options (kept as written)</source>
        <translation>{option} no es una de las opciones (se conserva tal como está escrito)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one option chosen in a single-choice question</source>
        <translation>se eligió más de una opción en una pregunta de opción única</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a &lt;div class=&quot;group&quot;&gt; is never closed</source>
        <translation>un &lt;div class=&quot;group&quot;&gt; nunca se cierra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stray &lt;/div&gt; outside any group</source>
        <translation>un &lt;/div&gt; suelto fuera de cualquier grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;div class=&quot;group&quot;&gt; inside another group</source>
        <translation>un &lt;div class=&quot;group&quot;&gt; dentro de otro grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} add up to {total}%, not 100%</source>
        <translation>{names} suman {total}%, no 100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required answer missing: {label}</source>
        <translation>falta una respuesta obligatoria: {label}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove line {line}</source>
        <translation>eliminar la línea {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>información</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/problems.py" line="+16"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time shares</source>
        <translation>Distribución del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing question</source>
        <translation>Pregunta faltante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question {}</source>
        <translation>Pregunta {}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qtgaps.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <location filename="../../ui/form/fields.py" line="-76"/>
        <source>Answer {}</source>
        <translation>Respuesta {}</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <location filename="../../export/html.py" line="+98"/>
        <source>… {0} more characters, shown in full in the form.</source>
        <translation>… {0} caracteres más; se muestran completos en el formulario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remote image not loaded: {0}</source>
        <translation>Imagen remota no cargada: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>… {0} earlier sections not shown.</source>
        <translation>… {0} secciones anteriores no se muestran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… {0} later sections not shown.</source>
        <translation>… {0} secciones posteriores no se muestran.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review.py" line="+66"/>
        <location line="+42"/>
        <source>The review beside the plan cannot be read: {}</source>
        <translation>No se puede leer la revisión que está junto al plan: {}</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+14"/>
        <source>Start Review</source>
        <translation>Iniciar revisión</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the plan first: its review is kept in a file beside it.</source>
        <translation>Guarde primero el plan: su revisión se guarda en un archivo junto a él.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose a note in the notes list.</source>
        <translation>Elija una nota en la lista de notas.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot save the review</source>
        <translation>No se puede guardar la revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review was not saved: {}</source>
        <translation>No se guardó la revisión: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review saved to {}</source>
        <translation>Revisión guardada en {}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Needs revision — {} ({}, {})</source>
        <translation>Requiere cambios — {} ({}, {})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved ({}, {})</source>
        <translation>Aprobado ({}, {})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review by {} ({}): no verdict yet</source>
        <translation>En revisión por {} ({}): aún sin veredicto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ resolved</source>
        <translation>✓ resuelta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the plan when the review started</source>
        <translation>el plan al iniciar la revisión</translation>
    </message>
</context>
<context>
    <name>SdgField</name>
    <message>
        <location filename="../../ui/form/header.py" line="-266"/>
        <source>Sustainable Development Goals (at most 5)</source>
        <translation>Objetivos de Desarrollo Sostenible (máximo 5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SDG {}</source>
        <translation>ODS {}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add SDG {}</source>
        <translation>Agregar ODS {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove SDG {}</source>
        <translation>Quitar ODS {}</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+123"/>
        <source>(untitled section)</source>
        <translation>(sección sin título)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add section “{}”</source>
        <translation>Agregar la sección “{}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another section “{}” after this one</source>
        <translation>Agregar otra sección “{}” después de esta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this section</source>
        <translation>Quitar esta sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this section “{}”</source>
        <translation>Quitar esta sección “{}”</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../ui/source_view.py" line="+24"/>
        <source>Source text</source>
        <translation>Texto fuente</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planfile/messages.py" line="+6"/>
        <source>Publishable</source>
        <translation>Publicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished</source>
        <translation>Incompleta</translation>
    </message>
</context>
<context>
    <name>TermsField</name>
    <message>
        <location filename="../../ui/form/header.py" line="+40"/>
        <source>Add {}</source>
        <translation>Agregar {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove term</source>
        <translation>Quitar término</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <location filename="../../ui/form/fields.py" line="+10"/>
        <source>Your answer (markdown)</source>
        <translation>Su respuesta (markdown)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit answer {}</source>
        <translation>Editar la respuesta {}</translation>
    </message>
</context>
<context>
    <name>TitleField</name>
    <message>
        <location filename="../../ui/form/header.py" line="-632"/>
        <location line="+6"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name of the plan</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
</context>
<context>
    <name>TypesField</name>
    <message>
        <location line="+143"/>
        <location line="+32"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+1"/>
        <source>Add type</source>
        <translation>Agregar tipo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type {}</source>
        <translation>Tipo {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove type {}</source>
        <translation>Quitar el tipo {}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Set type</source>
        <translation>Establecer tipo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove type</source>
        <translation>Quitar tipo</translation>
    </message>
</context>
<context>
    <name>WorkspaceLink</name>
    <message>
        <location filename="../../ui/workspace/link.py" line="+130"/>
        <source>Indexing the workspace… {} plans</source>
        <translation>Indexando el espacio de trabajo… {} planes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search index ready</source>
        <translation>Índice de búsqueda listo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is unavailable: {}</source>
        <translation>La búsqueda no está disponible: {}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{}” was renamed to “{}”; now editing it there.</source>
        <translation>“{}” cambió de nombre a “{}”; ahora se edita allí.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+9"/>
        <source>Reload from disk</source>
        <translation>Volver a cargar desde el disco</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>“{}” changed on disk and was reloaded.</source>
        <translation>“{}” cambió en el disco y se volvió a cargar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+88"/>
        <source>Cannot merge</source>
        <translation>No se puede combinar</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Merge with the file on disk</source>
        <translation>Combinar con el archivo del disco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with the version on disk; save to keep the result.</source>
        <translation>Se combinó con la versión del disco; guarde para conservar el resultado.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Merge with “{}”</source>
        <translation>Combinar con “{}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged “{}”; save to keep the result.</source>
        <translation>Se combinó “{}”; guarde para conservar el resultado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the conflict copy</source>
        <translation>No se puede eliminar la copia en conflicto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has not changed since; restoring puts your edits back.</source>
        <translation>El archivo no ha cambiado desde entonces; al restaurar se recuperan sus ediciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed on disk since; restoring merges your edits with it.</source>
        <translation>El archivo cambió en el disco desde entonces; al restaurar, sus ediciones se combinan con él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was deleted since; restoring opens your text to save again.</source>
        <translation>El archivo se eliminó desde entonces; al restaurar se abre su texto para guardarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <location filename="../../ui/workspace/panel.py" line="+160"/>
        <source>Filter plans…</source>
        <translation>Filtrar planes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter plans</source>
        <translation>Filtrar planes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plans in the workspace</source>
        <translation>Planes del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Search titles and answers…</source>
        <translation>Buscar en títulos y respuestas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the workspace</source>
        <translation>Buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG</source>
        <translation>ODS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by {}</source>
        <translation>Filtrar por {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No plan matches.</source>
        <translation>Ningún plan coincide.</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../ui/form/view.py" line="+30"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
</TS>
