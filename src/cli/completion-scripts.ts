/**
 * The scripts `ladder completion <shell>` prints. Each is a thin adapter: it
 * passes the words on the command line to `ladder __complete` and offers
 * what comes back (see complete.ts), so the ladder chosen with --data or
 * LADDER_DATA at that moment supplies the level and area names.
 */

export const BASH = `# bash completion for ladder
#
# Install (one of):
#   echo 'eval "$(ladder completion bash)"' >> ~/.bashrc
#   ladder completion bash > ~/.local/share/bash-completion/completions/ladder
#
# Level, area and track names come from the ladder chosen on the command line
# (--data FILE) or by LADDER_DATA, else the built-in ladder.

_ladder_completion() {
    local cur="\${COMP_WORDS[COMP_CWORD]}" line files=""
    COMPREPLY=()
    # Read line by line (no word splitting or globbing of the answer); works in bash 3.2 too.
    while IFS= read -r line; do
        case "$line" in
            :files) files=1 ;;
            "") ;;
            *) COMPREPLY+=("\${line%%$'\\t'*}") ;;
        esac
    done < <(command ladder __complete -- "$COMP_CWORD" "\${COMP_WORDS[@]}" 2>/dev/null)
    if [[ -n "$files" ]]; then
        if type compopt >/dev/null 2>&1; then
            # Let readline complete file names itself (quoting, ~, directories).
            compopt -o default
            COMPREPLY=()
        else
            local IFS=$'\\n'
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
    fi
    return 0
}

complete -F _ladder_completion ladder
`;

export const ZSH = `#compdef ladder
# zsh completion for ladder
#
# Install (one of):
#   echo 'source <(ladder completion zsh)' >> ~/.zshrc      # after compinit
#   ladder completion zsh > "\${fpath[1]}/_ladder"           # then start a new shell
#
# Level, area and track names come from the ladder chosen on the command line
# (--data FILE) or by LADDER_DATA, else the built-in ladder.

_ladder() {
    local -a candidates
    local out line value desc files=""
    out="$(command ladder __complete -- $(( CURRENT - 1 )) "\${words[@]}" 2>/dev/null)" || return 1
    for line in "\${(@f)out}"; do
        [[ -z "$line" ]] && continue
        if [[ "$line" == ":files" ]]; then
            files=1
            continue
        fi
        value="\${line%%$'\\t'*}"
        desc=""
        [[ "$line" == *$'\\t'* ]] && desc="\${line#*$'\\t'}"
        # _describe reads "value:description"; a colon in the value must be escaped.
        candidates+=("\${value//:/\\\\:}\${desc:+:$desc}")
    done
    if [[ -n "$files" ]]; then
        _files
        return
    fi
    (( \${#candidates} )) || return 1
    _describe -t ladder-values 'ladder' candidates
}

if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
    _ladder "$@"
else
    compdef _ladder ladder
fi
`;

export const FISH = `# fish completion for ladder
#
# Install:
#   ladder completion fish > ~/.config/fish/completions/ladder.fish
#
# Level, area and track names come from the ladder chosen on the command line
# (--data FILE) or by LADDER_DATA, else the built-in ladder.

function __ladder_complete
    set -l before (commandline -opc)
    set -l current (commandline -ct)
    for line in (command ladder __complete -- (count $before) $before "$current" 2>/dev/null)
        if test "$line" = ":files"
            __fish_complete_path "$current"
        else
            printf '%s\\n' "$line"
        end
    end
end

complete -c ladder -f -a '(__ladder_complete)'
`;
