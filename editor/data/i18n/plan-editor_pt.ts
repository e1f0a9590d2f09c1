<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+58"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Novo a partir de modelo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Follow-up Form from This Plan</source>
        <translation>Novo for&amp;mulário de acompanhamento deste plano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;verter à versão salva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Código-fonte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Workspace…</source>
        <translation>&amp;Localizar no espaço de trabalho…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Problem</source>
        <translation>&amp;Próximo problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;xt Pane</source>
        <translation>Pró&amp;ximo painel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Painel &amp;anterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Remote Images in Preview</source>
        <translation>Carregar imagens &amp;remotas na visualização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Plan Editor</source>
        <translation>&amp;Sobre o Plan Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start Review…</source>
        <translation>&amp;Iniciar revisão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Note…</source>
        <translation>Adicionar &amp;nota…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reply to Note…</source>
        <translation>&amp;Responder à nota…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark Note Resolved</source>
        <translation>&amp;Marcar nota como resolvida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>Apr&amp;ovar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee&amp;ds Revision…</source>
        <translation>Re&amp;quer revisão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with &amp;File…</source>
        <translation>Comparar com &amp;arquivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with a &amp;Version…</source>
        <translation>Comparar com uma &amp;versão…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;top Comparing</source>
        <translation>&amp;Parar de comparar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBar</name>
    <message>
        <location filename="../../ui/workspace/ondisk.py" line="+45"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Recarregar (descartar as minhas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Manter as minhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>M&amp;esclar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Changed on disk.&lt;/b&gt; “{}” was changed by another program while you have unsaved edits.</source>
        <translation>&lt;b&gt;Alterado no disco.&lt;/b&gt; “{}” foi alterado por outro programa enquanto há edições não salvas aqui.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Deleted on disk.&lt;/b&gt; “{}” no longer exists; your text is kept here. Save As… to keep it.</source>
        <translation>&lt;b&gt;Excluído do disco.&lt;/b&gt; “{}” não existe mais; seu texto continua aqui. Use Salvar como… para mantê-lo.</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <location filename="../../ui/compare.py" line="+445"/>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location line="-266"/>
        <source>Accept &amp;All</source>
        <translation>Aceitar &amp;todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every change listed</source>
        <translation>Manter todas as alterações listadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject All</source>
        <translation>Re&amp;jeitar todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the base&apos;s text back in every field listed</source>
        <translation>Restaurar o texto da base em todos os campos listados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Palavras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes against the base</source>
        <translation>Alterações em comparação com a base</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The change, word by word</source>
        <translation>A alteração, palavra por palavra</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changes against {}</source>
        <translation>Alterações em comparação com {}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Was: {}
Now: {}</source>
        <translation>Antes: {}
Agora: {}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No changes against {}.</source>
        <translation>Nenhuma alteração em comparação com {}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n campo alterado.</numerusform>
            <numerusform>%n campos alterados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the change to “{}”</source>
        <translation>Manter a alteração em “{}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the base&apos;s “{}” back</source>
        <translation>Restaurar “{}” da base</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reject the change to “{}”</source>
        <translation>Rejeitar a alteração em “{}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{}” could not be put back as the base has it.</source>
        <translation>Não foi possível restaurar “{}” tal como está na base.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reject all changes</source>
        <translation>Rejeitar todas as alterações</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../ui/form/model.py" line="+61"/>
        <source>Validation failed: {}</source>
        <translation>Falha na validação: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks failed: {}</source>
        <translation>Falha nas verificações: {}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The plan has no title.</source>
        <translation>O plano não tem título.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../ui/form/chips.py" line="+102"/>
        <source>Remove “{}”</source>
        <translation>Remover “{}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {}</source>
        <translation>Remover {}</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location line="+22"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A value cannot end with “]”.</source>
        <translation>Um valor não pode terminar com “]”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{}” is already in the list.</source>
        <translation>“{}” já está na lista.</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <location filename="../../ui/form/fields.py" line="+417"/>
        <source>Change answer {}</source>
        <translation>Alterar resposta {}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../cli.py" line="+236"/>
        <source>line {}: </source>
        <translation>linha {}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (suggestion: {})</source>
        <translation> (sugestão: {})</translation>
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
        <translation>Outro programa</translation>
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
        <translation>Não é possível comparar</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+8"/>
        <source>Compare with a Version</source>
        <translation>Comparar com uma versão</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No versions of this plan are kept yet: each save keeps the one it replaces.</source>
        <translation>Ainda não há versões guardadas deste plano: cada salvamento guarda a versão que ele substitui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the plan with:</source>
        <translation>Comparar o plano com:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the version of {}</source>
        <translation>a versão de {}</translation>
    </message>
</context>
<context>
    <name>ConflictCopyBar</name>
    <message>
        <location filename="../../ui/workspace/conflicts.py" line="+32"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Mesclar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dispensar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Conflict copy.&lt;/b&gt; {service} left “{copy}” beside “{plan}”: someone changed the plan elsewhere at the same time. Merge it to take their changes next to yours.</source>
        <translation>&lt;b&gt;Cópia de conflito.&lt;/b&gt; {service} deixou “{copy}” ao lado de “{plan}”: alguém alterou o plano em outro lugar ao mesmo tempo. Mescle a cópia para trazer as alterações dessa pessoa para junto das suas.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(%n more copies after this one.)</source>
        <translation>
            <numerusform>(mais %n cópia depois desta.)</numerusform>
            <numerusform>(mais %n cópias depois desta.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../ui/document.py" line="+217"/>
        <source>Untitled plan</source>
        <translation>Plano sem título</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Edit source</source>
        <translation>Editar código-fonte</translation>
    </message>
</context>
<context>
    <name>Docx</name>
    <message>
        <location filename="../../export/docx.py" line="+110"/>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Planos</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update the field to see the table of contents.</source>
        <translation>Atualize o campo para ver o índice.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status: {}</source>
        <translation>Status: {}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>not a readable image ({})</source>
        <translation>não é uma imagem legível ({})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[image: {}]</source>
        <translation>[imagem: {}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}: image {} not embedded: {}</source>
        <translation>{}: imagem {} não incorporada: {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a broken data: URL</source>
        <translation>uma URL data: corrompida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remote, not loaded</source>
        <translation>remota, não carregada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{}: review not read ({})</source>
        <translation>{}: não foi possível ler a revisão ({})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[resolved] {}</source>
        <translation>[resolvida] {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Resposta</translation>
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
        <translation>Pasta de trabalho do Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../export/problems.py" line="+16"/>
        <source>{}: cannot be exported ({})</source>
        <translation>{}: não é possível exportar ({})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{}: cannot be written</source>
        <translation>{}: não é possível gravar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}: cannot be written ({})</source>
        <translation>{}: não é possível gravar ({})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: cannot make the folder ({})</source>
        <translation>{}: não é possível criar a pasta ({})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: no such file or folder</source>
        <translation>{}: arquivo ou pasta não encontrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{}: image {} could not be loaded ({})</source>
        <translation>{}: não foi possível carregar a imagem {} ({})</translation>
    </message>
    <message>
        <location filename="../../export/run.py" line="+68"/>
        <source>{}: this export is not available ({})</source>
        <translation>{}: esta exportação não está disponível ({})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no plan files to export</source>
        <translation>nenhum arquivo de plano para exportar</translation>
    </message>
    <message>
        <location filename="../../export/xlsx.py" line="+77"/>
        <source>{}: no plans to export</source>
        <translation>{}: nenhum plano para exportar</translation>
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
        <translation>&amp;Este plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;plans shown in the list ({})</source>
        <translation>Os &amp;planos mostrados na lista ({})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;One document</source>
        <translation>&amp;Documento único</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All the plans in one file, each starting on a new page</source>
        <translation>Todos os planos em um só arquivo, cada um começando em uma nova página</translation>
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
    <message>
        <location line="+99"/>
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
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Exporting %n plan(s)…</source>
        <translation>
            <numerusform>Exportando %n plano…</numerusform>
            <numerusform>Exportando %n planos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) written to {}.</source>
        <translation>
            <numerusform>%n arquivo gravado em {}.</numerusform>
            <numerusform>%n arquivos gravados em {}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not exported:
{}</source>
        <translation>Não exportados:
{}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {} file(s) to {}</source>
        <translation>{} arquivo(s) exportado(s) para {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was exported</source>
        <translation>Nada foi exportado</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printed {}</source>
        <translation>Impresso: {}</translation>
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
        <translation>Adicionar outro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add section</source>
        <translation>Adicionar seção</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove section</source>
        <translation>Remover seção</translation>
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
        <translation>Adicionar outro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another, after {}</source>
        <translation>Adicionar outro, depois de {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {} of these</source>
        <translation>No máximo {} deste tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {}</source>
        <translation>Remover {}</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../ui/form/header.py" line="+873"/>
        <source>Focal point (email)</source>
        <translation>Ponto focal (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
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
        <translation>Histórico de “{}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Data/hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written by</source>
        <translation>Gravado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the version</source>
        <translation>Na versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes since the version</source>
        <translation>Alterações desde a versão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change, word by word</source>
        <translation>A alteração, palavra por palavra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore &amp;Field</source>
        <translation>Restaurar &amp;campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this field&apos;s text from the version back</source>
        <translation>Restaurar o texto deste campo a partir da versão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Whole Version</source>
        <translation>Restaurar &amp;versão inteira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan what the version holds</source>
        <translation>Tornar o plano igual ao conteúdo da versão</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No versions of this plan are kept yet: each save keeps the one it replaces.</source>
        <translation>Ainda não há versões guardadas deste plano: cada salvamento guarda a versão que ele substitui.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added since</source>
        <translation>adicionado desde então</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed since</source>
        <translation>removido desde então</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan now is the same as this version.</source>
        <translation>O plano atual é igual a esta versão.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) differ from this version.</source>
        <translation>
            <numerusform>%n campo difere desta versão.</numerusform>
            <numerusform>%n campos diferem desta versão.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restore “{}” from history</source>
        <translation>Restaurar “{}” do histórico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore the version of {}</source>
        <translation>Restaurar a versão de {}</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <location filename="../../ui/images.py" line="+505"/>
        <source>Remove this image</source>
        <translation>Remover esta imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove image {}</source>
        <translation>Remover imagem {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add image…</source>
        <translation>Adicionar imagem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add image to answer {}</source>
        <translation>Adicionar imagem à resposta {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add link…</source>
        <translation>Adicionar link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add image link to answer {}</source>
        <translation>Adicionar link de imagem à resposta {}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Add image</source>
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Save the plan first: an added image is copied beside it.</source>
        <translation>Salve o plano primeiro: a imagem adicionada é copiada para junto dele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{}” is not an image.</source>
        <translation>“{}” não é uma imagem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy the image beside the plan.</source>
        <translation>Não é possível copiar a imagem para junto do plano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image address:</source>
        <translation>Endereço da imagem:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove image</source>
        <translation>Remover imagem</translation>
    </message>
</context>
<context>
    <name>ImageThumb</name>
    <message>
        <location line="-163"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Embedded image ({})</source>
        <translation>Imagem incorporada ({})</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../ui/interaction.py" line="+123"/>
        <source>Plan files (*.txt *.md);;All files (*)</source>
        <translation>Arquivos de plano (*.txt *.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to “{}” before closing?</source>
        <translation>Salvar as alterações em “{}” antes de fechar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Suas alterações serão perdidas se não forem salvas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as UTF-8</source>
        <translation>Salvar em UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open plan</source>
        <translation>Abrir plano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save plan as</source>
        <translation>Salvar plano como</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add image</source>
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({})</source>
        <translation>Imagens ({})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export into folder</source>
        <translation>Exportar para uma pasta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{}” is merged into “{}”. Remove the conflict copy {} left? Its text is kept in the plan&apos;s history.</source>
        <translation>“{}” foi mesclado em “{}”. Remover a cópia de conflito que {} deixou? O texto dela fica guardado no histórico do plano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the conflict copy</source>
        <translation>Remover a cópia de conflito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes</source>
        <translation>Recuperar alterações não salvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan Editor closed with unsaved changes to “{}”.</source>
        <translation>O Plan Editor foi fechado com alterações não salvas em “{}”.</translation>
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
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start Review</source>
        <translation>Iniciar revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your e-mail:</source>
        <translation>Seu e-mail:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Note</source>
        <translation>Adicionar nota</translation>
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
        <translation>Resposta a “{}”:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs Revision</source>
        <translation>Requer revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change?</source>
        <translation>O que o autor deve alterar?</translation>
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
        <translation>{} deve ser um número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} must be between −{} and {}.</source>
        <translation>{} deve estar entre −{} e {}.</translation>
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
        <translation>Localização (país, latitude, longitude)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Adicionar país</translation>
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
        <translation>Remover localização {}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Set the location (latlng) to the centre of {}?</source>
        <translation>Definir a localização (latlng) no centro de {}?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set country</source>
        <translation>Definir país</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit location</source>
        <translation>Editar localização</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove location</source>
        <translation>Remover localização</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+91"/>
        <source>Open a plan from the list, or use File ▸ Open.</source>
        <translation>Abra um plano da lista ou use Arquivo ▸ Abrir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Código-fonte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;ecentes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System Default ({})</source>
        <translation>Padrão do sistema ({})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan Editor will be in {} from its next start.</source>
        <translation>O Plan Editor será exibido em {} na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot open plan</source>
        <translation>Não é possível abrir o plano</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the follow-up form</source>
        <translation>Não é possível criar o formulário de acompanhamento</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the plan</source>
        <translation>Não é possível criar o plano</translation>
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
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
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
        <translation>Não salvo: o arquivo mudou no disco. Mescle, recarregue ou mantenha a sua versão.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The character {} ({}) on line {}, column {} cannot be written in {}, the encoding of “{}”.

Save the plan as UTF-8 instead? Its line endings are kept.</source>
        <translation>O caractere {} ({}) na linha {}, coluna {}, não pode ser gravado em {}, a codificação de “{}”.

Salvar o plano em UTF-8? As quebras de linha são mantidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as UTF-8</source>
        <translation>Salvar em UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {} cannot hold {}.</source>
        <translation>Não salvo: {} não comporta {}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {} as UTF-8, converted from {}; line endings kept.</source>
        <translation>{} salvo em UTF-8, convertido de {}; quebras de linha mantidas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save plan</source>
        <translation>Não é possível salvar o plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not saved: {}</source>
        <translation>O plano não foi salvo: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan somewhere else?</source>
        <translation>Salvar o plano em outro lugar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {}</source>
        <translation>{} salvo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard your changes and reload “{}” from disk?</source>
        <translation>Descartar suas alterações e recarregar “{}” do disco?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot revert</source>
        <translation>Não é possível reverter</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No recent plans</source>
        <translation>Nenhum plano recente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {}</source>
        <translation>Versão {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Plan Editor</source>
        <translation>Sobre o Plan Editor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>An offline editor for UNDP Accelerator Lab plan files.</source>
        <translation>Um editor offline para arquivos de plano dos Laboratórios de Aceleração do PNUD.</translation>
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
        <translation>Os dois lados adicionaram ou removeram perguntas ou seções: o arquivo no disco mantém sua estrutura, e suas respostas são mescladas apenas nas perguntas que ainda existem nele.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{}: your edit is lost, they removed the question.</source>
        <translation>{}: sua edição foi perdida, a outra versão removeu a pergunta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}: their edit is lost, you removed the question.</source>
        <translation>{}: a edição da outra versão foi perdida, você removeu a pergunta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{}: your change could not be merged.</source>
        <translation>{}: não foi possível mesclar sua alteração.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}: their change could not be merged.</source>
        <translation>{}: não foi possível mesclar a alteração da outra versão.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/workspace/ondisk.py" line="+15"/>
        <source>Merge changes</source>
        <translation>Mesclar alterações</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file changed on disk and here. Changes that do not overlap were merged. Choose a version for each field changed on both sides.</source>
        <translation>O arquivo mudou no disco e aqui. As alterações que não se sobrepõem foram mescladas. Escolha uma versão para cada campo alterado nos dois lados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Mine (this editor)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Minha versão (este editor)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs (on disk)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outra versão (no disco)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use mine</source>
        <translation>Usar a minha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use theirs</source>
        <translation>Usar a outra</translation>
    </message>
</context>
<context>
    <name>NewPlan</name>
    <message>
        <location filename="../../catalog/newplan.py" line="+30"/>
        <source>unknown country {}; did you mean {}?</source>
        <translation>país desconhecido: {}; quis dizer {}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown country {}</source>
        <translation>país desconhecido: {}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>this plan has no follow-up form: only a learning plan (not its closing form) has one</source>
        <translation>este plano não tem formulário de acompanhamento: apenas um plano de aprendizagem (não o seu formulário de encerramento) tem um</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+30"/>
        <source>New plan</source>
        <translation>Novo plano</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focal point:</source>
        <translation>&amp;Ponto focal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>A&amp;no:</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/review.py" line="+96"/>
        <location line="+11"/>
        <source>Review notes</source>
        <translation>Notas de revisão</translation>
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
            <numerusform>(%n resposta)</numerusform>
            <numerusform>(%n respostas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No notes yet: Review ▸ Add Note (Ctrl+Alt+M).</source>
        <translation>Ainda não há notas: Revisão ▸ Adicionar nota (Ctrl+Alt+M).</translation>
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
        <translation>Outras etiquetas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key</source>
        <translation>chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag key</source>
        <translation>Nova chave de etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag value</source>
        <translation>Novo valor de etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove tag {}</source>
        <translation>Remover etiqueta {}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit tag</source>
        <translation>Editar etiqueta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tag</source>
        <translation>Remover etiqueta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add tag {}</source>
        <translation>Adicionar etiqueta {}</translation>
    </message>
</context>
<context>
    <name>PartsBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+30"/>
        <source>Remove this part</source>
        <translation>Remover esta parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove part {}</source>
        <translation>Remover parte {}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add another part</source>
        <translation>Adicionar outra parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another text part to this answer</source>
        <translation>Adicionar outra parte de texto a esta resposta</translation>
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
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/form/view.py" line="-164"/>
        <source>Section {} (loading)</source>
        <translation>Seção {} (carregando)</translation>
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
        <translation>Ano</translation>
    </message>
</context>
<context>
    <name>PreambleBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+77"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descrição</translation>
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
        <translation>Visualização</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../catalog/validation.py" line="+75"/>
        <source>{answered}/{required} required answered</source>
        <translation>{answered}/{required} obrigatórias respondidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors: {errors}, warnings: {warnings}</source>
        <translation>erros: {errors}, avisos: {warnings}</translation>
    </message>
    <message>
        <location filename="../../planfile/messages.py" line="+20"/>
        <source>{value} is not an email address</source>
        <translation>{value} não é um endereço de e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a year</source>
        <translation>{value} não é um ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is in the future</source>
        <translation>{year} está no futuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is before the Accelerator Labs began</source>
        <translation>{year} é anterior ao início dos Laboratórios de Aceleração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not two numbers &apos;latitude,longitude&apos;</source>
        <translation>{value} não está no formato de dois números &apos;latitude,longitude&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is out of range (latitude −90…90, longitude −180…180)</source>
        <translation>{value} está fora do intervalo (latitude −90…90, longitude −180…180)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not one of the 17 Sustainable Development Goals</source>
        <translation>{value} não é um dos 17 Objetivos de Desenvolvimento Sustentável</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is repeated: the same tag is on line {seen}</source>
        <translation>{value} se repete: a mesma etiqueta está na linha {seen}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the title has {length} characters; the limit is {limit}</source>
        <translation>o título tem {length} caracteres; o limite é {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} {label} given; at most {limit} are allowed</source>
        <translation>{label}: {count} valores informados; o máximo permitido é {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} {label} given; the form allows at most {limit}</source>
        <translation>{label}: {count} valores informados; o formulário permite no máximo {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is a part of {country}, not a country of the list</source>
        <translation>{value} faz parte de {country}, não é um país da lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not in the list of {label}</source>
        <translation>{value} não está na lista de {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean {suggestion}?</source>
        <translation>quis dizer {suggestion}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} look like the same term</source>
        <translation>{first} e {second} parecem ser o mesmo termo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is far from {country}</source>
        <translation>{value} está longe de {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty checklist line (&apos;- &apos;)</source>
        <translation>uma linha vazia na lista de verificação (&apos;- &apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{length} characters; the form asks for at most {limit}</source>
        <translation>{length} caracteres; o formulário pede no máximo {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} is not one of the options (kept as written)</source>
        <translation>{option} não é uma das opções (o texto é mantido como está)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one option chosen in a single-choice question</source>
        <translation>mais de uma opção escolhida em uma pergunta de escolha única</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a &lt;div class=&quot;group&quot;&gt; is never closed</source>
        <translation>um &lt;div class=&quot;group&quot;&gt; nunca é fechado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stray &lt;/div&gt; outside any group</source>
        <translation>um &lt;/div&gt; solto fora de qualquer grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;div class=&quot;group&quot;&gt; inside another group</source>
        <translation>um &lt;div class=&quot;group&quot;&gt; dentro de outro grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} add up to {total}%, not 100%</source>
        <translation>{names} somam {total}%, não 100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required answer missing: {label}</source>
        <translation>resposta obrigatória ausente: {label}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove line {line}</source>
        <translation>remover a linha {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>informação</translation>
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
        <translation>Percentuais de tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing question</source>
        <translation>Pergunta ausente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question {}</source>
        <translation>Pergunta {}</translation>
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
        <translation>Nenhum problema encontrado.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qtgaps.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <location filename="../../ui/form/fields.py" line="-76"/>
        <source>Answer {}</source>
        <translation>Resposta {}</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <location filename="../../export/html.py" line="+98"/>
        <source>… {0} more characters, shown in full in the form.</source>
        <translation>… mais {0} caracteres, exibidos por completo no formulário.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remote image not loaded: {0}</source>
        <translation>Imagem remota não carregada: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled plan</source>
        <translation>Plano sem título</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Ponto focal</translation>
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
        <translation>Fontes de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not answered yet</source>
        <translation>Ainda sem resposta</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>… {0} earlier sections not shown.</source>
        <translation>… {0} seções anteriores não exibidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… {0} later sections not shown.</source>
        <translation>… {0} seções seguintes não exibidas.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review.py" line="+66"/>
        <location line="+42"/>
        <source>The review beside the plan cannot be read: {}</source>
        <translation>Não é possível ler a revisão que está junto do plano: {}</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+14"/>
        <source>Start Review</source>
        <translation>Iniciar revisão</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the plan first: its review is kept in a file beside it.</source>
        <translation>Salve o plano primeiro: a revisão fica guardada em um arquivo ao lado dele.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose a note in the notes list.</source>
        <translation>Escolha uma nota na lista de notas.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot save the review</source>
        <translation>Não é possível salvar a revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review was not saved: {}</source>
        <translation>A revisão não foi salva: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review saved to {}</source>
        <translation>Revisão salva em {}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Needs revision — {} ({}, {})</source>
        <translation>Requer revisão — {} ({}, {})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved ({}, {})</source>
        <translation>Aprovado ({}, {})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review by {} ({}): no verdict yet</source>
        <translation>Em revisão por {} ({}): ainda sem parecer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ resolved</source>
        <translation>✓ resolvida</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the plan when the review started</source>
        <translation>o plano no início da revisão</translation>
    </message>
</context>
<context>
    <name>SdgField</name>
    <message>
        <location filename="../../ui/form/header.py" line="-266"/>
        <source>Sustainable Development Goals (at most 5)</source>
        <translation>Objetivos de Desenvolvimento Sustentável (no máximo 5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SDG {}</source>
        <translation>ODS {}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add SDG {}</source>
        <translation>Adicionar ODS {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove SDG {}</source>
        <translation>Remover ODS {}</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../ui/form/view.py" line="+123"/>
        <source>(untitled section)</source>
        <translation>(seção sem título)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add section “{}”</source>
        <translation>Adicionar seção “{}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another section “{}” after this one</source>
        <translation>Adicionar outra seção “{}” depois desta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this section</source>
        <translation>Remover esta seção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this section “{}”</source>
        <translation>Remover esta seção “{}”</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../ui/source_view.py" line="+24"/>
        <source>Source text</source>
        <translation>Texto do código-fonte</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planfile/messages.py" line="+6"/>
        <source>Publishable</source>
        <translation>Publicável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished</source>
        <translation>Incompleto</translation>
    </message>
</context>
<context>
    <name>TermsField</name>
    <message>
        <location filename="../../ui/form/header.py" line="+40"/>
        <source>Add {}</source>
        <translation>Adicionar {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove term</source>
        <translation>Remover termo</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <location filename="../../ui/form/fields.py" line="+10"/>
        <source>Your answer (markdown)</source>
        <translation>Sua resposta (markdown)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit answer {}</source>
        <translation>Editar resposta {}</translation>
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
        <translation>Nome do plano</translation>
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
        <translation>Adicionar tipo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type {}</source>
        <translation>Tipo {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove type {}</source>
        <translation>Remover tipo {}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Set type</source>
        <translation>Definir tipo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove type</source>
        <translation>Remover tipo</translation>
    </message>
</context>
<context>
    <name>WorkspaceLink</name>
    <message>
        <location filename="../../ui/workspace/link.py" line="+130"/>
        <source>Indexing the workspace… {} plans</source>
        <translation>Indexando o espaço de trabalho… {} planos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search index ready</source>
        <translation>Índice de pesquisa pronto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search is unavailable: {}</source>
        <translation>Pesquisa indisponível: {}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{}” was renamed to “{}”; now editing it there.</source>
        <translation>“{}” foi renomeado para “{}”; a edição continua nele.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+9"/>
        <source>Reload from disk</source>
        <translation>Recarregar do disco</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>“{}” changed on disk and was reloaded.</source>
        <translation>“{}” foi alterado no disco e recarregado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+88"/>
        <source>Cannot merge</source>
        <translation>Não é possível mesclar</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Merge with the file on disk</source>
        <translation>Mesclar com o arquivo no disco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with the version on disk; save to keep the result.</source>
        <translation>Mesclado com a versão no disco; salve para manter o resultado.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Merge with “{}”</source>
        <translation>Mesclar com “{}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged “{}”; save to keep the result.</source>
        <translation>“{}” mesclado; salve para manter o resultado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the conflict copy</source>
        <translation>Não é possível remover a cópia de conflito</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has not changed since; restoring puts your edits back.</source>
        <translation>O arquivo não mudou desde então; restaurar traz de volta suas edições.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed on disk since; restoring merges your edits with it.</source>
        <translation>O arquivo mudou no disco desde então; restaurar mescla suas edições com ele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was deleted since; restoring opens your text to save again.</source>
        <translation>O arquivo foi excluído desde então; restaurar abre seu texto para salvá-lo novamente.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Restore unsaved changes</source>
        <translation>Restaurar alterações não salvas</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <location filename="../../ui/workspace/panel.py" line="+160"/>
        <source>Filter plans…</source>
        <translation>Filtrar planos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter plans</source>
        <translation>Filtrar planos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plans in the workspace</source>
        <translation>Planos do espaço de trabalho</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Search titles and answers…</source>
        <translation>Pesquisar títulos e respostas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the workspace</source>
        <translation>Pesquisar no espaço de trabalho</translation>
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
        <translation>Ano</translation>
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
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No plan matches.</source>
        <translation>Nenhum plano encontrado.</translation>
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
