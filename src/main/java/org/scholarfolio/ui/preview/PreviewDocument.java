package org.scholarfolio.ui.preview;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholarfolio.model.Text;

/**
 * A rendered page cut into what changes as one types (the title and the body's content) and the
 * shell that decides how it looks (the html and body tags, the stylesheets and scripts). Two
 * renders with the same shell differ only in content, which the preview swaps in place instead of
 * loading the page again; head metadata such as the description or structured data does not show in a preview.
 */
public record PreviewDocument(String shell, String title, String body) {
    private static final Pattern HTML_TAG = Pattern.compile("<html[^>]*>");
    private static final Pattern LOOK = Pattern.compile(
            "<link[^>]*rel=\"stylesheet\"[^>]*>|<style[\\s\\S]*?</style>|<script(?![^>]*application/ld\\+json)[\\s\\S]*?</script>|<base[^>]*>");

    /** Null when the page has no body element to swap. */
    public static PreviewDocument parse(String html) {
        int bodyTag = html.indexOf("<body");
        int bodyStart = bodyTag < 0 ? -1 : html.indexOf('>', bodyTag) + 1;
        int bodyEnd = html.lastIndexOf("</body>");
        if (bodyStart <= 0 || bodyEnd < bodyStart) {
            return null;
        }
        String head = html.substring(0, bodyTag);
        String title = "";
        int titleStart = head.indexOf("<title>");
        int titleEnd = head.indexOf("</title>");
        if (titleStart >= 0 && titleEnd > titleStart) {
            title = head.substring(titleStart + "<title>".length(), titleEnd);
        }
        StringBuilder shell = new StringBuilder();
        Matcher htmlTag = HTML_TAG.matcher(head);
        if (htmlTag.find()) {
            shell.append(htmlTag.group());
        }
        Matcher look = LOOK.matcher(head);
        while (look.find()) {
            shell.append(look.group());
        }
        shell.append(html, bodyTag, bodyStart).append(html.substring(bodyEnd));
        return new PreviewDocument(shell.toString(), title, html.substring(bodyStart, bodyEnd));
    }

    /**
     * A script that puts this document's title and body into the page showing a same-shell
     * document. Only the nodes that differ are replaced, so WebKit lays out again just the
     * paragraph being typed in rather than the whole page. Nodes are visited last to first (a new
     * node moves out of the parsed body, which shortens its list) so the last one marked as changed
     * is the first in the page.
     */
    public String swapScript() {
        return swapScript(true);
    }

    /** As {@link #swapScript()}; {@code follow}: scroll to the changed part (after an edit, not after opening). */
    public String swapScript(boolean follow) {
        return "(function(title,body,follow){var t=document.createElement('textarea');t.innerHTML=title;"
                + "document.title=t.value;var next=document.createElement('body');next.innerHTML=body;"
                + "function sameTag(a,b){if(a.nodeType!==1||b.nodeType!==1||a.tagName!==b.tagName"
                + "||a.attributes.length!==b.attributes.length){return false;}"
                + "for(var i=0;i<a.attributes.length;i++){var n=a.attributes[i];"
                + "if(b.getAttribute(n.name)!==n.value){return false;}}return true;}"
                + "var changed=null;function mark(e){changed=e;}"
                + "function patch(old,neu){var oc=old.childNodes,nc=neu.childNodes;"
                + "if(oc.length!==nc.length){var was=old.textContent;old.innerHTML=neu.innerHTML;if(was!==old.textContent){mark(old);}return;}"
                + "for(var i=nc.length-1;i>=0;i--){var o=oc[i],n=nc[i];if(o.isEqualNode(n)){continue;}"
                + "if(o.nodeType===3&&n.nodeType===3){o.data=n.data;mark(old);}else if(sameTag(o,n)){patch(o,n);}"
                + "else{old.replaceChild(n,o);if(o.textContent!==n.textContent){mark(n.nodeType===1?n:old);}}}}"
                + "patch(document.body,next);"
                // The preview follows the edit: the part whose text changed is scrolled into view when it is out
                // of it (not a control the page's own script changed, such as the un-hidden theme toggle).
                + "if(follow&&changed&&changed.getBoundingClientRect){var r=changed.getBoundingClientRect();"
                + "if(r.bottom<0||r.top>window.innerHeight){window.scrollTo(0,window.scrollY+r.top-Math.max(0,(window.innerHeight-r.height)/2));}}"
                // Scripts that enhance the page once it is loaded (e.g. math typesetting) run again.
                + "document.dispatchEvent(new Event('DOMContentLoaded'));})("
                + jsString(title) + "," + jsString(body) + "," + follow + ")";
    }

    /**
     * A script that turns the page showing {@code shown} (same shell) into this document by replacing
     * the content of the one element that changed ({@link ChangedElement}); null when the change is
     * not inside one element. The script checks the tag names along the element's path and returns
     * false, changing nothing, when the page's tree is not the one the markup describes.
     */
    public String patchScript(PreviewDocument shown) {
        return patchScript(shown, true);
    }

    /** As {@link #patchScript(PreviewDocument)}; {@code follow}: scroll to the element when it is out of view. */
    public String patchScript(PreviewDocument shown, boolean follow) {
        return patchFor(changeSince(shown), follow);
    }

    /**
     * The one element whose content alone differs from {@code shown}'s (same shell and title); null
     * when {@code shown} is null, looks different or the change is not inside one element.
     */
    public ChangedElement changeSince(PreviewDocument shown) {
        if (shown == null || !shell.equals(shown.shell) || !title.equals(shown.title)) {
            return null;
        }
        return ChangedElement.between(shown.body, body);
    }

    /**
     * The script for {@link #patchScript(PreviewDocument, boolean)} from a change already worked out;
     * null for none. Per key it only replaces the element's content: the page's layout is read (to
     * scroll) only when following, and no {@code DOMContentLoaded} is sent (the whole-body
     * comparison once typing rests sends it, for a page script that enhances content).
     */
    public static String patchFor(ChangedElement changed, boolean follow) {
        if (changed == null) {
            return null;
        }
        return "(function(path,tags,inner,follow){var e=document.body;"
                + "for(var i=0;i<path.length;i++){e=e.children[path[i]];if(!e||e.tagName.toLowerCase()!==tags[i]){return false;}}"
                + "e.innerHTML=inner;if(follow){var r=e.getBoundingClientRect();"
                + "if(r.bottom<0||r.top>window.innerHeight){window.scrollTo(0,window.scrollY+r.top-Math.max(0,(window.innerHeight-r.height)/2));}}"
                + "return true;})("
                + changed.path() + "," + jsStrings(changed.tags()) + "," + jsString(changed.inner()) + "," + follow + ")";
    }

    private static String jsStrings(java.util.List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            Text.appendJsonString(out, v);
        }
        return out.append(']').toString();
    }

    static String jsString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        Text.appendJsonString(out, s);
        return out.toString();
    }

    // Written out (the generated ones are linked on their first call, costly in a fresh process): the
    // first page's is compared while the first window is built. Component by component, as the generated ones.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PreviewDocument d && Objects.equals(shell, d.shell)
                && Objects.equals(title, d.title) && Objects.equals(body, d.body);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(shell) * 31 + Objects.hashCode(title)) * 31
                + Objects.hashCode(body);
    }
}
