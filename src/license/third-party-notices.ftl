<#-- THIRD-PARTY-NOTICES: made by license-maven-plugin's add-third-party at build time from the
     runtime dependencies' own declarations (pom.xml), then what ships that no dependency declares. -->
<#function licenseFormat licenses>
    <#assign result = ""/>
    <#list licenses as license>
        <#assign result = result + (license?is_first?then("", "; ")) + license/>
    </#list>
    <#return result>
</#function>
Scholarfolio ships the following third-party software and assets. Each keeps its own licence; the
full texts are at the addresses given with each.

Java libraries (in the jar's lib/ folder and the bundle's lib/app/lib/), as each declares its licence:
<#list dependencyMap as e>
<#assign p = e.getKey()/>
  - ${p.name?contains("Unnamed")?then(p.artifactId, p.name)} ${p.version} (${p.groupId}:${p.artifactId})
      licence: ${licenseFormat(e.getValue())}
      ${p.url!"(no address declared)"}
</#list>

Emoji shapes in the editor's preview:
  - Twemoji graphics, copyright Twitter, Inc and other contributors, licensed under Creative Commons
    Attribution 4.0 International (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/ ;
    https://github.com/twitter/twemoji . Taken as Iconify keeps them (@iconify/json,
    json/twemoji.json), unchanged; the exported site shows emoji as text, not these shapes.

The native bundle's Java runtime (lib/runtime/):
  - OpenJDK, GNU General Public License version 2 with the Classpath Exception,
    https://openjdk.org/legal/gplv2+ce.html ; its modules' notices are in lib/runtime/legal/.
  - OpenJFX (JavaFX), GNU General Public License version 2 with the Classpath Exception,
    https://openjdk.org/legal/gplv2+ce.html ; it includes WebKit (GNU LGPL 2.1 and BSD licences)
    and the other libraries its own notices name.
