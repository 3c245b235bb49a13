# A case item without its closing parenthesis.
echo "runs"
case x in
    x echo "missing )" ;;
esac
